<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>UserError</name>
    <message>
      <source>no book found for {title!r}</source>
      <translation>没有找到书名为 {title!r} 的书</translation>
    </message>
    <message>
      <source>source: {name!r} is not one of {choices}</source>
      <translation>source：{name!r} 不是可用的来源（可选：{choices}）</translation>
    </message>
    <message>
      <source>lookup: give an ISBN or a title</source>
      <translation>查询：请输入 ISBN 或书名</translation>
    </message>
    <message>
      <source>no book found for ISBN {isbn} ({problems})</source>
      <translation>没有找到 ISBN 为 {isbn} 的书（{problems}）</translation>
    </message>
    <message>
      <source>no book found for ISBN {isbn}</source>
      <translation>没有找到 ISBN 为 {isbn} 的书</translation>
    </message>
    <message>
      <source>no book found for {title!r} ({problems})</source>
      <translation>没有找到书名为 {title!r} 的书（{problems}）</translation>
    </message>
    <message>
      <source>{variable}: {raw!r} is not a number of seconds</source>
      <translation>{variable}：{raw!r} 不是以秒计的数字</translation>
    </message>
    <message>
      <source>{host} sent an answer that is not JSON</source>
      <translation>{host} 返回的内容不是 JSON</translation>
    </message>
    <message>
      <source>{host} sent a page without a book's details (豆瓣 may want a login or a captcha, or its pages changed); try again later or use another source</source>
      <translation>{host} 返回的页面里没有图书信息（豆瓣可能要求登录或输入验证码，也可能改版了）；请稍后再试，或换一个来源</translation>
    </message>
    <message>
      <source>{host} sent an answer that is not a list of volumes</source>
      <translation>{host} 返回的内容不是图书列表</translation>
    </message>
    <message>
      <source>{host} sent a search answer without results</source>
      <translation>{host} 返回的搜索结果里没有结果列表</translation>
    </message>
    <message>
      <source>{host} sent an answer that is not a book record</source>
      <translation>{host} 返回的内容不是图书记录</translation>
    </message>
    <message>
      <source>{url}: this is YouTube's retired GData feed format (gdata.youtube.com, switched off in 2015); give the channel's address instead (https://www.youtube.com/channel/UC… or https://www.youtube.com/@name)</source>
      <translation>{url}：这是 YouTube 已停用的 GData 订阅源格式（gdata.youtube.com，2015 年已关闭）；请改填频道地址（https://www.youtube.com/channel/UC… 或 https://www.youtube.com/@name）</translation>
    </message>
    <message>
      <source>{url}: not a YouTube channel's address; give https://www.youtube.com/channel/UC… or https://www.youtube.com/@name</source>
      <translation>{url}：不是 YouTube 频道地址；请填写 https://www.youtube.com/channel/UC… 或 https://www.youtube.com/@name</translation>
    </message>
    <message>
      <source>{url}: could not find the channel's id on its page; open the channel in a browser and give its https://www.youtube.com/channel/UC… address</source>
      <translation>{url}：在页面上找不到频道 ID；请在浏览器中打开这个频道，填写它的 https://www.youtube.com/channel/UC… 地址</translation>
    </message>
    <message>
      <source>{url}: not an RSS or Atom feed (is it the show's web page?)</source>
      <translation>{url}：不是 RSS 或 Atom 订阅源（这是不是节目的网页？）</translation>
    </message>
    <message>
      <source>{url}: not a well-formed feed (line {line}: {problem}); nothing was stored from it</source>
      <translation>{url}：订阅源格式有误（第 {line} 行：{problem}），其中的内容一概没有保存</translation>
    </message>
    <message>
      <source>{host} sent more than {size} MB; the answer was not used</source>
      <translation>{host} 返回的内容超过 {size} MB，未予采用</translation>
    </message>
    <message>
      <source>{host} answered HTTP {code}</source>
      <translation>{host} 返回了 HTTP {code}</translation>
    </message>
    <message>
      <source>{host}: too many redirects</source>
      <translation>{host}：重定向次数过多</translation>
    </message>
    <message>
      <source>{host} answered not authorised</source>
      <translation>{host} 回应：未授权</translation>
    </message>
    <message>
      <source>{host} answered refused (403)</source>
      <translation>{host} 拒绝了请求（403）</translation>
    </message>
    <message>
      <source>{host} answered not found (404)</source>
      <translation>{host} 回应：找不到（404）</translation>
    </message>
    <message>
      <source>{host} answered gone (410)</source>
      <translation>{host} 回应：内容已不存在（410）</translation>
    </message>
    <message>
      <source>{host} answered too many requests (429): try again later</source>
      <translation>{host} 回应：请求过多（429），请稍后再试</translation>
    </message>
    <message>
      <source>{host} answered an error ({code})</source>
      <translation>{host} 出错了（{code}）</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>{url}: only http and https addresses can be fetched</source>
      <translation>{url}：只能获取 http 和 https 地址</translation>
    </message>
    <message>
      <source>{host} did not answer within {seconds:g} s</source>
      <translation>{host} 在 {seconds:g} 秒内没有响应</translation>
    </message>
    <message>
      <source>cannot reach {host} (offline, or the address is wrong): {error}</source>
      <translation>无法连接 {host}（可能已离线，或地址有误）：{error}</translation>
    </message>
    <message>
      <source>{host}: a redirect without a Location</source>
      <translation>{host}：重定向缺少 Location 头</translation>
    </message>
  </context>
</TS>
