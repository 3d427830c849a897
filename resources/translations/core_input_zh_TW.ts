<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
  <context>
    <name>UserError</name>
    <message>
      <source>date: {day} is in the future</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>日期：{day} 還沒到</translation>
    </message>
    <message>
      <source>progress: {value:g} must not be negative</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>進度：{value:g} 不能是負數</translation>
    </message>
    <message>
      <source>progress: {value:g}% is more than 100%</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>進度：{value:g}% 超過了 100%</translation>
    </message>
    <message>
      <source>progress: page {value:g} is past the end ({pages} pages)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>進度：第 {value:g} 頁超出了全書（共 {pages} 頁）</translation>
    </message>
    <message>
      <source>date: finished {finished} is before started {started}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>日期：讀完日期 {finished} 早於開始日期 {started}</translation>
    </message>
    <message>
      <source>progress: give pages, percent or minutes</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>進度：請填寫頁數、百分比或分鐘數</translation>
    </message>
    <message>
      <source>date: {day} is before the start of this session ({started})</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>日期：{day} 早於這一遍的開始日期（{started}）</translation>
    </message>
    <message>
      <source>{name} does not apply to a {kind}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{kind}沒有 {name} 這一項</translation>
    </message>
    <message>
      <source>a {kind} has no {role}; it can have: {roles}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{kind}沒有 {role}；可以有：{roles}</translation>
    </message>
    <message>
      <source>original title</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>原作名</translation>
    </message>
    <message>
      <source>language</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>語言</translation>
    </message>
    <message>
      <source>url</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>網址</translation>
    </message>
    <message>
      <source>summary</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>簡介</translation>
    </message>
    <message>
      <source>subtitle</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>副標題</translation>
    </message>
    <message>
      <source>publisher</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>出版社</translation>
    </message>
    <message>
      <source>format</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>版本</translation>
    </message>
    <message>
      <source>feed url</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>訂閱源網址</translation>
    </message>
    <message>
      <source>channel</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>頻道</translation>
    </message>
    <message>
      <source>site</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>網站</translation>
    </message>
    <message>
      <source>platform</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>平臺</translation>
    </message>
    <message>
      <source>certificate id</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>證書編號</translation>
    </message>
    <message>
      <source>certificate url</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>證書網址</translation>
    </message>
    <message>
      <source>certificate cost</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>證書費用</translation>
    </message>
    <message>
      <source>unknown field {name!r}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>未知欄位 {name!r}</translation>
    </message>
    <message>
      <source>{name}: {text!r} is not one of {choices}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{name}：{text!r} 不是可選值之一（{choices}）</translation>
    </message>
    <message>
      <source>year</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>出版年</translation>
    </message>
    <message>
      <source>pages</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>頁數</translation>
    </message>
    <message>
      <source>episode number</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>集數</translation>
    </message>
    <message>
      <source>published</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>釋出日期</translation>
    </message>
    <message>
      <source>certificate date</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>證書日期</translation>
    </message>
    <message>
      <source>time spent</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>用時</translation>
    </message>
    <message>
      <source>cover</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>封面</translation>
    </message>
    <message>
      <source>entries</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>條目</translation>
    </message>
    <message>
      <source>notes</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>筆記</translation>
    </message>
    <message>
      <source>highlights</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>劃線</translation>
    </message>
    <message>
      <source>'is:' filters notes only, not entries</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>「is:」只能篩選筆記，不能篩選條目</translation>
    </message>
    <message>
      <source>'is:{value}' filters notes only, not highlights</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>「is:{value}」只能篩選筆記，不能篩選劃線</translation>
    </message>
    <message>
      <source>'{field}:' filters {other} only, not {target}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>「{field}:」只能篩選{other}，不能篩選{target}</translation>
    </message>
    <message>
      <source>books</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>圖書</translation>
    </message>
    <message>
      <source>shows</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>播客節目</translation>
    </message>
    <message>
      <source>episodes</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>單集</translation>
    </message>
    <message>
      <source>courses</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>課程</translation>
    </message>
    <message>
      <source>series</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>系列課程</translation>
    </message>
    <message>
      <source>videos</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>影片</translation>
    </message>
    <message>
      <source>articles</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>文章</translation>
    </message>
    <message>
      <source>hours</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>小時數</translation>
    </message>
    <message>
      <source>words</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>字數</translation>
    </message>
    <message>
      <source>{metric} of {kinds}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{kinds}的{metric}</translation>
    </message>
    <message>
      <source>year: {year!r} is not a year from {first} to {last}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>年份：{year!r} 不是 {first} 到 {last} 之間的年份</translation>
    </message>
    <message>
      <source>kind: a {metric} goal counts every kind of entry, so it cannot name one</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>類型：{metric} 目標統計所有類型的條目，不能指定類型</translation>
    </message>
    <message>
      <source>target: the {name} goal must be a number, not {target!r}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>目標值：「{name}」目標必須是數字，不能是 {target!r}</translation>
    </message>
    <message>
      <source>target: the {name} goal must be more than 0 and at most {most:,.0f} (got {target:g})</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>目標值：「{name}」目標必須大於 0 且不超過 {most:,.0f}（填的是 {target:g}）</translation>
    </message>
    <message>
      <source>target: the {name} goal must be a whole number (got {target:g})</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>目標值：「{name}」目標必須是整數（填的是 {target:g}）</translation>
    </message>
    <message>
      <source>{year} has no goal for {name}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{year} 年沒有「{name}」目標</translation>
    </message>
    <message>
      <source>{what}: cannot read {text!r} as a place (at {rest!r}); write it like p. 42, pp. 42-43, loc. 145-146, 第 42 页, 位置 145 or 42% (a chapter goes in --chapter)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{what}：無法把 {text!r} 識別為位置（出錯處：{rest!r}）；請寫成 p. 42、pp. 42-43、loc. 145-146、第 42 頁、位置 145 或 42% 這樣的形式（章節請寫在 --chapter 裡）</translation>
    </message>
    <message>
      <source>page</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>頁碼</translation>
    </message>
    <message>
      <source>location</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>位置</translation>
    </message>
    <message>
      <source>percent</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>百分比</translation>
    </message>
    <message>
      <source>{what}: {text!r} is not a number or a range like 42-43</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{what}：{text!r} 不是數字，也不是 42-43 這樣的範圍</translation>
    </message>
    <message>
      <source>{what}: {source!r} starts at {start}; places count from 1</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{what}：{source!r} 從 {start} 開始；位置從 1 開始計數</translation>
    </message>
    <message>
      <source>{what}: {source!r} ends before it starts</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{what}：{source!r} 的結尾在開頭之前</translation>
    </message>
    <message>
      <source>{what}: it is empty; write it like p. 42, pp. 42-43, loc. 145-146, 第 42 页, 位置 145 or 42%</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{what}：沒有填寫；請寫成 p. 42、pp. 42-43、loc. 145-146、第 42 頁、位置 145 或 42% 這樣的形式</translation>
    </message>
    <message>
      <source>{what}: cannot read {text!r} as a place; write it like p. 42, pp. 42-43, loc. 145-146, 第 42 页, 位置 145 or 42% (a chapter goes in --chapter)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{what}：無法把 {text!r} 識別為位置；請寫成 p. 42、pp. 42-43、loc. 145-146、第 42 頁、位置 145 或 42% 這樣的形式（章節請寫在 --chapter 裡）</translation>
    </message>
    <message>
      <source>{what}: {text!r} names the {part} twice</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{what}：{text!r} 把{part}寫了兩次</translation>
    </message>
    <message>
      <source>{what}: {source!r} is over 100%</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{what}：{source!r} 超過了 100%</translation>
    </message>
    <message>
      <source>{token!r}: {name!r} is not a filter field (use one of {fields}, or put the text in quotes to search for it)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{token!r}：{name!r} 不是篩選欄位（請使用 {fields} 之一；如果要搜尋這段文字，請給它加上引號）</translation>
    </message>
    <message>
      <source>{token!r}: {name} needs a value after {op!r}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{token!r}：{name} 的 {op!r} 後面需要填一個值</translation>
    </message>
    <message>
      <source>{token!r}: {field} takes ':' (only rating and dates compare)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{token!r}：{field} 只能用 ':'（只有評分和日期可以比較大小）</translation>
    </message>
    <message>
      <source>{raw!r} is not a rating; use a number from 0 to 5</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{raw!r} 不是有效的評分；請使用 0 到 5 之間的數字</translation>
    </message>
    <message>
      <source>{raw!r} is not an entry id; use a whole number such as 12</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{raw!r} 不是條目 ID；請使用整數，例如 12</translation>
    </message>
    <message>
      <source>{raw!r} is not {what}; use one of {choices}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{raw!r} 不是有效的{what}；請使用以下之一：{choices}</translation>
    </message>
    <message>
      <source>{raw!r} is not a valid ISBN-10 or ISBN-13</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{raw!r} 不是有效的 ISBN-10 或 ISBN-13</translation>
    </message>
    <message>
      <source>{text!r} is not a date; use YYYY, YYYY-MM, YYYY-MM-DD or a range like 2019..2020-06</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{text!r} 不是有效的日期；請使用 YYYY、YYYY-MM、YYYY-MM-DD 或 2019..2020-06 這樣的範圍</translation>
    </message>
    <message>
      <source>a kind</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>類型</translation>
    </message>
    <message>
      <source>a status</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>狀態</translation>
    </message>
    <message>
      <source>a note language</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>筆記語言</translation>
    </message>
    <message>
      <source>a has: value</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>「has:」值</translation>
    </message>
    <message>
      <source>an is: value</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>「is:」值</translation>
    </message>
    <message>
      <source>{text!r} is not a year; use YYYY or a range like 2019..2021</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{text!r} 不是有效的年份；請使用 YYYY 或 2019..2021 這樣的範圍</translation>
    </message>
    <message>
      <source>a range takes ':', not {op!r}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>範圍只能用 ':'，不能用 {op!r}</translation>
    </message>
    <message>
      <source>{raw!r} is an empty range; use YYYY, YYYY-MM, YYYY-MM-DD or a range like 2019..2020-06</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{raw!r} 是空範圍；請使用 YYYY、YYYY-MM、YYYY-MM-DD 或 2019..2020-06 這樣的範圍</translation>
    </message>
    <message>
      <source>{raw!r} ends before it starts</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{raw!r} 的結尾在開頭之前</translation>
    </message>
    <message>
      <source>date</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>日期</translation>
    </message>
    <message>
      <source>rating</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>評分</translation>
    </message>
    <message>
      <source>duration</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>時長</translation>
    </message>
    <message>
      <source>isbn</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>ISBN</translation>
    </message>
    <message>
      <source>{what}: {text!r} is not a valid date (use YYYY-MM-DD)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{what}：{text!r} 不是有效的日期（請使用 YYYY-MM-DD）</translation>
    </message>
    <message>
      <source>{what}: {text!r} is not a duration (use 1:02:03, 1h30m or minutes)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{what}：{text!r} 不是有效的時長（請使用 1:02:03、1h30m 或分鐘數）</translation>
    </message>
    <message>
      <source>{what}: {text!r} is not a valid ISBN-10 or ISBN-13</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{what}：{text!r} 不是有效的 ISBN-10 或 ISBN-13</translation>
    </message>
    <message>
      <source>{what}: {text!r} must be from 0 to 5 in quarter steps (e.g. 4.25)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{what}：{text!r} 必須在 0 到 5 之間，以 0.25 為單位（例如 4.25）</translation>
    </message>
    <message>
      <source>{what}: {text!r} must be at least {minimum}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{what}：{text!r} 不能小於 {minimum}</translation>
    </message>
    <message>
      <source>{what}: {text!r} must be a number of at least {minimum:g}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{what}：{text!r} 必須是不小於 {minimum:g} 的數字</translation>
    </message>
    <message>
      <source>{what}: must not be empty</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{what}：不能為空</translation>
    </message>
    <message>
      <source>{what}: {length} characters is longer than the {limit} allowed</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{what}：共 {length} 個字元，超過了上限 {limit} 個</translation>
    </message>
    <message>
      <source>{what}: contains a NUL character</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{what}：含有 NUL 字元</translation>
    </message>
    <message>
      <source>{what}: {text!r} is not a number from 0 to 5</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{what}：{text!r} 不是 0 到 5 之間的數字</translation>
    </message>
    <message>
      <source>{what}: {text!r} is not a whole number</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{what}：{text!r} 不是整數</translation>
    </message>
    <message>
      <source>{what}: {text!r} is not a number</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{what}：{text!r} 不是數字</translation>
    </message>
    <message>
      <source>{source}: not valid UTF-8 at line {line} (byte {byte}); save it as UTF-8 and try again</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{source}：第 {line} 行不是有效的 UTF-8（第 {byte} 位元組）；請以 UTF-8 編碼儲存後再試</translation>
    </message>
  </context>
</TS>
