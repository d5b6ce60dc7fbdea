package io.certscan.synthetic;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An invented 增值税电子普通发票 drawn as a born-digital PDF in the layout real producers use: the
 * QR code top left, code, number, date and check code top right, the buyer's block, one goods
 * line, the 合计 row, the total in words and in figures, the seller's block and the signatures.
 * Every value is made up and consistent: the sums add up to the cent, the capital numerals say the
 * total, the QR code holds the printed code, number, amount before tax, date and check code.
 * {@link #tampered} gives a copy whose printed text differs from what the rest says.
 */
public record InvoiceSample(Map<String, String> printed, String qrCode)
{
    private static final DateTimeFormatter PRINTED_DATE = DateTimeFormatter.ofPattern("uuuu年MM月dd日");

    public InvoiceSample
    {
        printed = Map.copyOf(new LinkedHashMap<>(printed));
    }

    /** An invoice with invented values from {@code data}. */
    static InvoiceSample invent(FakeData data)
    {
        BigDecimal net = BigDecimal.valueOf(10_000 + data.nextInt(990_000), 2);
        BigDecimal tax = net.multiply(new BigDecimal("0.06")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal total = net.add(tax);
        LocalDate date = data.date(2023, 2025);
        String code = "0" + data.digits(11);
        String number = data.digits(8);
        String checkCode = data.digits(20);
        Map<String, String> printed = new LinkedHashMap<>();
        printed.put("发票代码", code);
        printed.put("发票号码", number);
        printed.put("开票日期", PRINTED_DATE.format(date));
        printed.put("校验码", checkCode.replaceAll("(\\d{5})(?=\\d)", "$1 "));
        printed.put("机器编号", data.digits(12));
        party(printed, data, "购买方", "中国工商银行", "分行 ", 19);
        printed.put("金额", net.toPlainString());
        printed.put("税额", tax.toPlainString());
        printed.put("合计金额", "¥" + net.toPlainString());
        printed.put("合计税额", "¥" + tax.toPlainString());
        printed.put("价税合计（大写）", capital(total));
        printed.put("价税合计", "¥" + total.toPlainString());
        party(printed, data, "销售方", "招商银行", "支行 ", 16);
        printed.put("收款人", data.personName());
        printed.put("复核", data.personName());
        printed.put("开票人", data.personName());
        String qrCode = String.join(",", "01", "10", code, number, net.toPlainString(), date.format(DateTimeFormatter.BASIC_ISO_DATE), checkCode, data.digits(4), "");
        return new InvoiceSample(printed, qrCode);
    }

    /** A party's four fields under its section: name, credit code, address and telephone, bank and account. */
    private static void party(Map<String, String> printed, FakeData data, String section, String bank, String branch, int accountDigits)
    {
        printed.put(section + "名称", data.company());
        printed.put(section + "纳税人识别号", data.creditCode());
        printed.put(section + "地址、电话", data.address() + " 0" + data.digits(2) + "-" + data.digits(8));
        printed.put(section + "开户行及账号", bank + data.pick(List.of("南京", "杭州", "广州", "成都")) + branch + data.digits(accountDigits));
    }

    /** The same invoice with one printed value changed; the QR code and the other values stay. */
    public InvoiceSample tampered(String field, UnaryOperator<String> change)
    {
        Map<String, String> changed = new LinkedHashMap<>(printed);
        changed.put(field, change.apply(changed.get(field)));
        return new InvoiceSample(changed, qrCode);
    }

    /** The invoice as a one-page PDF, 240 × 140 mm, its text in an embedded CJK font, its QR code a picture. */
    public byte[] pdf()
    {
        try (PDDocument document = new PDDocument(); TrueTypeCollection collection = new TrueTypeCollection(SampleWriter.cjkFontFile())) {
            PDType0Font font = SampleWriter.firstFont(document, collection);
            PDPage page = new PDPage(new PDRectangle(680, 400));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                Writer writer = new Writer(content, font, 400);
                content.drawImage(LosslessFactory.createFromImage(document, qrPicture(qrCode)), 22, 400 - 82, 64, 64);
                writer.text(18, 230, 42, "广东增值税电子普通发票");
                writer.text(9, 480, 30, "发票代码：" + printed.get("发票代码"));
                writer.text(9, 480, 44, "发票号码：" + printed.get("发票号码"));
                writer.text(9, 480, 58, "开票日期：" + printed.get("开票日期"));
                writer.text(9, 480, 72, "校 验 码：" + printed.get("校验码"));
                writer.text(9, 22, 95, "机器编号：" + printed.get("机器编号"));
                party(writer, "购买方", "购买方", 112);
                writer.vertical(9, 420, 112, "密码区");
                String[] header = {"货物或应税劳务、服务名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额"};
                float[] columns = {42, 200, 262, 304, 350, 440, 520, 590};
                for (int i = 0; i < header.length; i++) {
                    writer.text(9, columns[i], 180, header[i]);
                }
                String[] row = {"*信息技术服务*技术服务费", "无", "次", "1", printed.get("金额"), printed.get("金额"), "6%", printed.get("税额")};
                for (int i = 0; i < row.length; i++) {
                    writer.text(9, columns[i], 196, row[i]);
                }
                writer.text(9, 80, 262, "合    计");
                writer.text(9, columns[5], 262, printed.get("合计金额"));
                writer.text(9, columns[7], 262, printed.get("合计税额"));
                writer.text(9, 42, 282, "价税合计（大写）");
                writer.text(9, 170, 282, printed.get("价税合计（大写）"));
                writer.text(9, 470, 282, "（小写）" + printed.get("价税合计"));
                party(writer, "销售方", "销售方", 302);
                writer.vertical(9, 420, 302, "备注");
                writer.text(9, 42, 378, "收款人：" + printed.get("收款人"));
                writer.text(9, 220, 378, "复核：" + printed.get("复核"));
                writer.text(9, 380, 378, "开票人：" + printed.get("开票人"));
                writer.text(9, 540, 378, "销售方：（章）");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void party(Writer writer, String section, String mark, float top)
            throws IOException
    {
        writer.vertical(9, 26, top, mark);
        writer.text(9, 42, top, "名          称：" + printed.get(section + "名称"));
        writer.text(9, 42, top + 14, "纳税人识别号：" + printed.get(section + "纳税人识别号"));
        writer.text(9, 42, top + 28, "地 址、电 话：" + printed.get(section + "地址、电话"));
        writer.text(9, 42, top + 42, "开户行及账号：" + printed.get(section + "开户行及账号"));
    }

    /** Text placed by its top-left corner, in points from the top of the page. */
    private record Writer(PDPageContentStream content, PDType0Font font, float pageHeight)
    {
        void text(float size, float x, float top, String text)
                throws IOException
        {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, pageHeight - top - size);
            content.showText(text);
            content.endText();
        }

        /** A section mark: one character under the other, between the rows of its block as producers place them. */
        void vertical(float size, float x, float top, String text)
                throws IOException
        {
            for (int i = 0; i < text.length(); i++) {
                text(size, x, top + 5 + i * (size + 8), text.substring(i, i + 1));
            }
        }
    }

    static BufferedImage qrPicture(String text)
    {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 1));
            int module = 3;
            BufferedImage image = new BufferedImage(matrix.getWidth() * module, matrix.getHeight() * module, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x / module, y / module) ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            return image;
        }
        catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An amount in capital numerals as invoices print it: 壹佰壹拾肆圆整, 叁拾圆叁角壹分, 壹万零伍圆整. */
    static String capital(BigDecimal amount)
    {
        String digits = "零壹贰叁肆伍陆柒捌玖";
        String[] units = {"", "拾", "佰", "仟"};
        long cents = amount.movePointRight(2).longValueExact();
        long yuan = cents / 100;
        int jiao = (int) (cents / 10 % 10);
        int fen = (int) (cents % 10);
        StringBuilder words = new StringBuilder();
        if (yuan > 0) {
            String figures = Long.toString(yuan);
            boolean zero = false;
            for (int i = 0; i < figures.length(); i++) {
                int digit = figures.charAt(i) - '0';
                int place = figures.length() - 1 - i;
                if (digit == 0) {
                    zero = true;
                }
                else {
                    if (zero) {
                        words.append('零');
                        zero = false;
                    }
                    words.append(digits.charAt(digit)).append(units[place % 4]);
                }
                if (place == 4 && words.length() > 0 && !words.toString().endsWith("万")) {
                    words.append('万');
                    zero = false;
                }
            }
            words.append('圆');
        }
        if (jiao == 0 && fen == 0) {
            return words.append('整').toString();
        }
        if (jiao > 0) {
            words.append(digits.charAt(jiao)).append('角');
        }
        else if (yuan > 0) {
            words.append('零');
        }
        if (fen > 0) {
            words.append(digits.charAt(fen)).append('分');
        }
        return words.toString();
    }
}
