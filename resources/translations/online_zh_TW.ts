<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
  <context>
    <name>UserError</name>
    <message>
      <source>no book found for {title!r}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>沒有找到書名為 {title!r} 的書</translation>
    </message>
    <message>
      <source>source: {name!r} is not one of {choices}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>source：{name!r} 不是可用的來源（可選：{choices}）</translation>
    </message>
    <message>
      <source>lookup: give an ISBN or a title</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>查詢：請輸入 ISBN 或書名</translation>
    </message>
    <message>
      <source>no book found for ISBN {isbn} ({problems})</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>沒有找到 ISBN 為 {isbn} 的書（{problems}）</translation>
    </message>
    <message>
      <source>no book found for ISBN {isbn}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>沒有找到 ISBN 為 {isbn} 的書</translation>
    </message>
    <message>
      <source>no book found for {title!r} ({problems})</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>沒有找到書名為 {title!r} 的書（{problems}）</translation>
    </message>
    <message>
      <source>{variable}: {raw!r} is not a number of seconds</source>
      <translation>{variable}：{raw!r} 不是以秒為單位的數字</translation>
    </message>
    <message>
      <source>{host} sent an answer that is not JSON</source>
      <translation>{host} 回傳的內容不是 JSON</translation>
    </message>
    <message>
      <source>{host} sent a page without a book's details (豆瓣 may want a login or a captcha, or its pages changed); try again later or use another source</source>
      <translation>{host} 回傳的頁面裡沒有圖書資訊（豆瓣可能要求登入或輸入驗證碼，也可能改版了）；請稍後再試，或換一個來源</translation>
    </message>
    <message>
      <source>{host} sent an answer that is not a list of volumes</source>
      <translation>{host} 回傳的內容不是圖書清單</translation>
    </message>
    <message>
      <source>{host} sent a search answer without results</source>
      <translation>{host} 回傳的搜尋結果裡沒有結果清單</translation>
    </message>
    <message>
      <source>{host} sent an answer that is not a book record</source>
      <translation>{host} 回傳的內容不是圖書記錄</translation>
    </message>
    <message>
      <source>{url}: this is YouTube's retired GData feed format (gdata.youtube.com, switched off in 2015); give the channel's address instead (https://www.youtube.com/channel/UC… or https://www.youtube.com/@name)</source>
      <translation>{url}：這是 YouTube 已停用的 GData 訂閱源格式（gdata.youtube.com，2015 年已關閉）；請改填頻道網址（https://www.youtube.com/channel/UC… 或 https://www.youtube.com/@name）</translation>
    </message>
    <message>
      <source>{url}: not a YouTube channel's address; give https://www.youtube.com/channel/UC… or https://www.youtube.com/@name</source>
      <translation>{url}：不是 YouTube 頻道網址；請填寫 https://www.youtube.com/channel/UC… 或 https://www.youtube.com/@name</translation>
    </message>
    <message>
      <source>{url}: could not find the channel's id on its page; open the channel in a browser and give its https://www.youtube.com/channel/UC… address</source>
      <translation>{url}：在頁面上找不到頻道 ID；請在瀏覽器中開啟這個頻道，填寫它的 https://www.youtube.com/channel/UC… 網址</translation>
    </message>
    <message>
      <source>{url}: not an RSS or Atom feed (is it the show's web page?)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{url}：不是 RSS 或 Atom 訂閱源（這是不是節目的網頁？）</translation>
    </message>
    <message>
      <source>{url}: not a well-formed feed (line {line}: {problem}); nothing was stored from it</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{url}：訂閱源格式有誤（第 {line} 行：{problem}），其中的內容一概沒有儲存</translation>
    </message>
    <message>
      <source>{host} sent more than {size} MB; the answer was not used</source>
      <translation>{host} 回傳的內容超過 {size} MB，未予採用</translation>
    </message>
    <message>
      <source>{host} answered HTTP {code}</source>
      <translation>{host} 回傳了 HTTP {code}</translation>
    </message>
    <message>
      <source>{host}: too many redirects</source>
      <translation>{host}：重新導向次數過多</translation>
    </message>
    <message>
      <source>{host} answered not authorised</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{host} 回應：未授權</translation>
    </message>
    <message>
      <source>{host} answered refused (403)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{host} 拒絕了請求（403）</translation>
    </message>
    <message>
      <source>{host} answered not found (404)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{host} 回應：找不到（404）</translation>
    </message>
    <message>
      <source>{host} answered gone (410)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{host} 回應：內容已不存在（410）</translation>
    </message>
    <message>
      <source>{host} answered too many requests (429): try again later</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{host} 回應：請求過多（429），請稍後再試</translation>
    </message>
    <message>
      <source>{host} answered an error ({code})</source>
      <translation>{host} 發生錯誤（{code}）</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>已取消</translation>
    </message>
    <message>
      <source>{url}: only http and https addresses can be fetched</source>
      <translation>{url}：只能取得 http 和 https 網址</translation>
    </message>
    <message>
      <source>{host} did not answer within {seconds:g} s</source>
      <translation>{host} 在 {seconds:g} 秒內沒有回應</translation>
    </message>
    <message>
      <source>cannot reach {host} (offline, or the address is wrong): {error}</source>
      <translation>無法連線 {host}（可能已離線，或網址有誤）：{error}</translation>
    </message>
    <message>
      <source>{host}: a redirect without a Location</source>
      <translation>{host}：重新導向缺少 Location 標頭</translation>
    </message>
  </context>
</TS>
