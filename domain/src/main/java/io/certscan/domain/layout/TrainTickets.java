package io.certscan.domain.layout;

import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.certificate.FieldNames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A railway ticket prints almost no labels: its fields are known by their shape. The names are
 * those of Baidu's 火车票识别 (车票号, 始发站, 车次号, 到达站, 出发日期, 时间, 车票金额, 席别, 座位号,
 * 身份证号, 乘客姓名, 序列号). A card is taken for a ticket when at least four of the shapes are on it.
 */
final class TrainTickets
{
    private static final Pattern TRAIN = Pattern.compile("[GDCZTKYLS]\\d{1,4}");
    private static final Pattern STATION = Pattern.compile("\\p{IsHan}{1,8}站");
    private static final Pattern DEPARTURE = Pattern.compile("(\\d{4}年\\d{1,2}月\\d{1,2}日)(\\d{1,2}:\\d{2}开)?");
    private static final Pattern FARE = Pattern.compile("[¥￥]\\d+(?:\\.\\d+)?元");
    private static final Pattern CLASS = Pattern.compile("商务座|特等座|一等座|二等座|硬座|软座|硬卧|软卧|高级软卧|动卧|一等卧|二等卧|无座");
    private static final Pattern SEAT = Pattern.compile("\\d{1,2}车\\d{1,3}[A-F]?号|\\d{1,2}车无座");
    private static final Pattern PASSENGER = Pattern.compile("(\\d{10}\\*{4}\\d{3}[\\dX]|\\d{17}[\\dX])(\\p{IsHan}{2,4})?");
    private static final Pattern SERIAL = Pattern.compile("(\\d{14}[A-Z]\\d{6})(.*)");
    private static final Pattern TICKET_NUMBER = Pattern.compile("[A-Z]\\d{6}");
    private static final int MINIMUM_SHAPES = 4;

    private TrainTickets() {}

    /** The ticket's fields, or none when the card is not a ticket. */
    static Optional<List<Sections.Labelled>> read(List<Piece> pieces, Set<Piece> used)
    {
        List<Piece> free = pieces.stream().filter(piece -> !used.contains(piece)).toList();
        int shapes = 0;
        for (Pattern pattern : List.of(TRAIN, STATION, DEPARTURE, FARE, CLASS, SEAT, PASSENGER, SERIAL)) {
            if (free.stream().anyMatch(piece -> matches(pattern, piece))) {
                shapes++;
            }
        }
        if (shapes < MINIMUM_SHAPES) {
            return Optional.empty();
        }
        List<Sections.Labelled> fields = new ArrayList<>();
        first(free, TICKET_NUMBER).ifPresent(piece -> fields.add(field("车票号", piece, text(piece))));
        Optional<Piece> train = first(free, TRAIN);
        List<Piece> stations = free.stream().filter(piece -> STATION.matcher(stationName(piece)).matches()).toList();
        if (train.isPresent() && !stations.isEmpty()) {
            // The stations stand either side of the train number, the departure on the left.
            double middle = train.get().center().x();
            stations.stream().filter(piece -> piece.center().x() < middle).max(Comparator.comparingDouble(piece -> piece.box.height()))
                    .ifPresent(piece -> fields.add(field("始发站", piece, stationName(piece))));
            train.ifPresent(piece -> fields.add(field("车次号", piece, text(piece))));
            stations.stream().filter(piece -> piece.center().x() > middle).max(Comparator.comparingDouble(piece -> piece.box.height()))
                    .ifPresent(piece -> fields.add(field("到达站", piece, stationName(piece))));
        }
        first(free, DEPARTURE).ifPresent(piece -> {
            Matcher matcher = DEPARTURE.matcher(text(piece));
            matcher.matches();
            fields.add(field("出发日期", piece, matcher.group(1)));
            if (matcher.group(2) != null) {
                fields.add(field("时间", piece, matcher.group(2)));
            }
        });
        first(free, FARE).ifPresent(piece -> fields.add(field("车票金额", piece, text(piece))));
        first(free, CLASS).ifPresent(piece -> fields.add(field("席别", piece, text(piece))));
        first(free, SEAT).ifPresent(piece -> fields.add(field("座位号", piece, text(piece))));
        first(free, PASSENGER).ifPresent(piece -> {
            Matcher matcher = PASSENGER.matcher(text(piece));
            matcher.matches();
            fields.add(field("身份证号", piece, matcher.group(1)));
            if (matcher.group(2) != null) {
                fields.add(field("乘客姓名", piece, matcher.group(2)));
            }
        });
        free.stream().filter(piece -> SERIAL.matcher(text(piece)).matches()).findFirst().ifPresent(piece -> {
            Matcher matcher = SERIAL.matcher(text(piece));
            matcher.matches();
            fields.add(field("序列号", piece, matcher.group(1)));
        });
        fields.forEach(field -> used.add(field.label()));
        return Optional.of(fields);
    }

    private static boolean matches(Pattern pattern, Piece piece)
    {
        return pattern.matcher(pattern == STATION ? stationName(piece) : text(piece)).matches();
    }

    private static Optional<Piece> first(List<Piece> pieces, Pattern pattern)
    {
        return pieces.stream().filter(piece -> pattern.matcher(text(piece)).matches()).findFirst();
    }

    private static String text(Piece piece)
    {
        return FieldNames.normalize(piece.text);
    }

    /** A station's name has no punctuation: 宜、春站 is OCR's 宜春站. */
    private static String stationName(Piece piece)
    {
        return text(piece).replaceAll("[\\p{P}\\p{S}]", "");
    }

    private static Sections.Labelled field(String name, Piece piece, String value)
    {
        return new Sections.Labelled(piece, new ExtractedField(name, List.of(value), piece.confidence, piece.box), piece.sources);
    }
}
