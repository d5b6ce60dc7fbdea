package io.certscan.contract;

import io.certscan.domain.error.ErrorCode;

import static java.util.Objects.requireNonNull;

/**
 * What each error code means to a person, in Chinese and in English, and what to do about it: for
 * the console and the problem details of /v1, beside (never instead of) the general_ocr
 * {@code error_msg}, which stays as the original service words it. They name no parameter or
 * setting and count no bytes: a person picked a file, not a form field.
 */
public final class ErrorMessages
{
    /** One error's message for people, in both languages. */
    public record Message(String chinese, String english)
    {
        public Message
        {
            requireNonNull(chinese, "chinese is null");
            requireNonNull(english, "english is null");
        }
    }

    private ErrorMessages() {}

    public static Message of(ErrorCode code)
    {
        // A switch without default: a code added to the table does not compile until it has its words.
        return switch (code) {
            case UNKNOWN_ERROR -> new Message("服务出现未知错误，请稍后重试。",
                    "Something went wrong on the server. Please try again in a moment.");
            case SERVICE_TEMPORARILY_UNAVAILABLE -> new Message("服务暂时不可用（可能正在重启），请稍后重试。",
                    "The service is unavailable for now (it may be restarting). Please try again shortly.");
            case UNSUPPORTED_OPENAPI_METHOD -> new Message("此服务没有这个地址，请检查调用的接口地址。",
                    "This service has no such address. Check the address you are calling.");
            case REQUEST_LIMIT_REACHED -> new Message("服务繁忙，请稍后重试。",
                    "The service is busy. Please try again later.");
            case NO_PERMISSION -> new Message("此密钥无权使用该服务，请联系管理员开通。",
                    "This key may not use this service. Ask the administrator to allow it.");
            case IAM_CERTIFICATION_FAILED -> new Message("请求的签名不正确，请检查 API Key 和 Secret Key。",
                    "The request's signature is wrong. Check the API Key and the Secret Key.");
            case DAILY_LIMIT_REACHED -> new Message("今天的调用次数已用完，请明天再试，或联系管理员。",
                    "Today's allowance of requests is used up. Try again tomorrow, or ask the administrator.");
            case QPS_LIMIT_REACHED -> new Message("此刻请求太多，请等几秒再试。",
                    "Too many requests at the moment. Wait a few seconds and try again.");
            case TOTAL_LIMIT_REACHED -> new Message("调用总次数已用完，请联系管理员。",
                    "The allowance of requests is used up. Ask the administrator.");
            case INVALID_ACCESS_TOKEN_PARAMETER -> new Message("缺少访问令牌，或令牌格式不对：请重新输入 API Key 和 Secret Key。",
                    "The access token is missing or malformed: enter the API Key and the Secret Key again.");
            case ACCESS_TOKEN_INVALID -> new Message("访问令牌无效：请重新输入 API Key 和 Secret Key，获取新的令牌。",
                    "The access token is not valid: enter the API Key and the Secret Key again to get a new one.");
            case ACCESS_TOKEN_EXPIRED -> new Message("访问令牌已过期：请重新输入 API Key 和 Secret Key。",
                    "The access token has expired: enter the API Key and the Secret Key again.");
            case INVALID_PARAM -> new Message("请求中有一项不正确（例如页码超出文件的页数，或日期写法不对），请改正后重试。",
                    "Something in the request is not right (a page number beyond the document's pages, or a date, say). Correct it and try again.");
            case NOT_ENOUGH_PARAM -> new Message("请选择一个文件，或填写一张图片的网址。",
                    "Choose a file, or give the web address of a picture.");
            case SERVICE_NOT_SUPPORT -> new Message("此服务不提供这项功能。",
                    "This service does not offer that.");
            case PARAM_TOO_LONG -> new Message("请求中有一项太长，请缩短后重试。",
                    "Something in the request is too long. Shorten it and try again.");
            case APPID_NOT_EXIST -> new Message("没有这个应用，请检查 API Key。",
                    "There is no such application. Check the API Key.");
            case EMPTY_IMAGE -> new Message("文件是空的，请选择有内容的图片、PDF 或 OFD 文件。",
                    "The file is empty. Choose a picture, PDF or OFD file that has something in it.");
            case IMAGE_FORMAT_ERROR -> new Message("无法读取这个文件。请上传 JPG、PNG、BMP 图片，或 PDF、OFD 文件；文件须完整，不能设密码。",
                    "This file cannot be read. Upload a JPG, PNG or BMP picture, or a PDF or OFD file, whole and without a password.");
            case IMAGE_SIZE_ERROR -> new Message("文件太大，或图片尺寸不合适：文件最大约 7.5 MB，图片每边 15 至 8192 像素。请缩小或裁剪后重试。",
                    "The file is too large, or the picture's size is out of range: files up to about 7.5 MB, pictures 15 to 8192 pixels a side. Make it smaller and try again.");
            case IMAGE_BASE64_ERROR -> new Message("图片的编码已损坏，请重新上传文件。",
                    "The picture's encoding is broken. Upload the file again.");
            case RECOGNIZE_ERROR -> new Message("识别失败，请换一张更清晰的图片再试。",
                    "Recognition failed. Try again with a sharper picture.");
            case RECOGNIZE_BANK_CARD_ERROR -> new Message("无法识别银行卡，请换一张更清晰的图片。",
                    "The bank card could not be read. Try a sharper picture.");
            case RECOGNIZE_IDCARD_ERROR -> new Message("无法识别身份证，请换一张更清晰的图片。",
                    "The ID card could not be read. Try a sharper picture.");
            case DETECT_ERROR -> new Message("没有检测到文字，请确认图片清晰、完整。",
                    "No text was found. Make sure the picture is sharp and whole.");
            case INTERNAL_ERROR -> new Message("服务内部出错，请稍后重试；如果一再出现，请把日志编号告诉管理员。",
                    "The server failed. Try again later; if it keeps happening, give the administrator the log id.");
            case MISSING_PARAMETERS -> new Message("请求缺少必需的内容，请检查后重试。",
                    "Something the request needs is missing. Check it and try again.");
            case INVALID_PARAMETERS -> new Message("请求中有一项不正确，请检查后重试。",
                    "Something in the request is not right. Check it and try again.");
            case TARGET_DETECT_ERROR -> new Message("没有找到证照或票据。请上传一张清晰、完整、光线充足的证照照片或扫描件。",
                    "No card, certificate or receipt was found. Upload a sharp, whole, well-lit photo or scan of one.");
            case TARGET_RECOGNIZE_ERROR -> new Message("找到了证照，但读不出其中的文字，请换一张更清晰的图片。",
                    "A document was found but its text could not be read. Try a sharper picture.");
            case URL_NOT_EXIST -> new Message("无法访问这个网址（地址不存在，或其服务器没有应答），请检查网址。",
                    "That web address cannot be reached (it does not exist, or its server does not answer). Check the address.");
            case URL_FORMAT_ILLEGAL -> new Message("网址写法不对，或此服务不允许访问该地址（只能访问公网的 http 或 https 地址）。请检查网址，或改为上传文件。",
                    "The web address is malformed, or this service may not fetch it (only public http and https addresses). Check it, or upload the file instead.");
            case URL_DOWNLOAD_TIMEOUT -> new Message("下载网址的内容超时，请稍后重试，或改为上传文件。",
                    "Downloading from the web address took too long. Try again later, or upload the file instead.");
            case URL_RESPONSE_INVALID -> new Message("网址返回的不是能读取的图片，请确认网址直接指向一张 JPG、PNG 或 BMP 图片。",
                    "The web address did not give a picture that can be read. Make sure it leads straight to a JPG, PNG or BMP picture.");
            case URL_SIZE_ERROR -> new Message("网址是空的，或太长（最多 1024 个字符），请检查网址。",
                    "The web address is empty or too long (1024 characters at most). Check it.");
        };
    }
}
