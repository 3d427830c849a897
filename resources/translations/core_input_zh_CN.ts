<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>UserError</name>
    <message>
      <source>date: {day} is in the future</source>
      <translation>日期：{day} 还没到</translation>
    </message>
    <message>
      <source>progress: {value:g} must not be negative</source>
      <translation>进度：{value:g} 不能是负数</translation>
    </message>
    <message>
      <source>progress: {value:g}% is more than 100%</source>
      <translation>进度：{value:g}% 超过了 100%</translation>
    </message>
    <message>
      <source>progress: page {value:g} is past the end ({pages} pages)</source>
      <translation>进度：第 {value:g} 页超出了全书（共 {pages} 页）</translation>
    </message>
    <message>
      <source>date: finished {finished} is before started {started}</source>
      <translation>日期：读完日期 {finished} 早于开始日期 {started}</translation>
    </message>
    <message>
      <source>progress: give pages, percent or minutes</source>
      <translation>进度：请填写页数、百分比或分钟数</translation>
    </message>
    <message>
      <source>date: {day} is before the start of this session ({started})</source>
      <translation>日期：{day} 早于这一遍的开始日期（{started}）</translation>
    </message>
    <message>
      <source>{name} does not apply to a {kind}</source>
      <translation>{kind}没有 {name} 这一项</translation>
    </message>
    <message>
      <source>a {kind} has no {role}; it can have: {roles}</source>
      <translation>{kind}没有 {role}；可以有：{roles}</translation>
    </message>
    <message>
      <source>original title</source>
      <translation>原作名</translation>
    </message>
    <message>
      <source>language</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>url</source>
      <translation>网址</translation>
    </message>
    <message>
      <source>summary</source>
      <translation>简介</translation>
    </message>
    <message>
      <source>subtitle</source>
      <translation>副标题</translation>
    </message>
    <message>
      <source>publisher</source>
      <translation>出版社</translation>
    </message>
    <message>
      <source>format</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>feed url</source>
      <translation>订阅源网址</translation>
    </message>
    <message>
      <source>channel</source>
      <translation>频道</translation>
    </message>
    <message>
      <source>site</source>
      <translation>网站</translation>
    </message>
    <message>
      <source>platform</source>
      <translation>平台</translation>
    </message>
    <message>
      <source>certificate id</source>
      <translation>证书编号</translation>
    </message>
    <message>
      <source>certificate url</source>
      <translation>证书网址</translation>
    </message>
    <message>
      <source>certificate cost</source>
      <translation>证书费用</translation>
    </message>
    <message>
      <source>unknown field {name!r}</source>
      <translation>未知字段 {name!r}</translation>
    </message>
    <message>
      <source>{name}: {text!r} is not one of {choices}</source>
      <translation>{name}：{text!r} 不是可选值之一（{choices}）</translation>
    </message>
    <message>
      <source>year</source>
      <translation>出版年</translation>
    </message>
    <message>
      <source>pages</source>
      <translation>页数</translation>
    </message>
    <message>
      <source>episode number</source>
      <translation>集数</translation>
    </message>
    <message>
      <source>published</source>
      <translation>发布日期</translation>
    </message>
    <message>
      <source>certificate date</source>
      <translation>证书日期</translation>
    </message>
    <message>
      <source>time spent</source>
      <translation>用时</translation>
    </message>
    <message>
      <source>cover</source>
      <translation>封面</translation>
    </message>
    <message>
      <source>entries</source>
      <translation>条目</translation>
    </message>
    <message>
      <source>notes</source>
      <translation>笔记</translation>
    </message>
    <message>
      <source>highlights</source>
      <translation>划线</translation>
    </message>
    <message>
      <source>'is:' filters notes only, not entries</source>
      <translation>“is:”只能筛选笔记，不能筛选条目</translation>
    </message>
    <message>
      <source>'is:{value}' filters notes only, not highlights</source>
      <translation>“is:{value}”只能筛选笔记，不能筛选划线</translation>
    </message>
    <message>
      <source>'{field}:' filters {other} only, not {target}</source>
      <translation>“{field}:”只能筛选{other}，不能筛选{target}</translation>
    </message>
    <message>
      <source>books</source>
      <translation>图书</translation>
    </message>
    <message>
      <source>shows</source>
      <translation>播客节目</translation>
    </message>
    <message>
      <source>episodes</source>
      <translation>单集</translation>
    </message>
    <message>
      <source>courses</source>
      <translation>课程</translation>
    </message>
    <message>
      <source>series</source>
      <translation>系列课程</translation>
    </message>
    <message>
      <source>videos</source>
      <translation>视频</translation>
    </message>
    <message>
      <source>articles</source>
      <translation>文章</translation>
    </message>
    <message>
      <source>hours</source>
      <translation>小时数</translation>
    </message>
    <message>
      <source>words</source>
      <translation>字数</translation>
    </message>
    <message>
      <source>{metric} of {kinds}</source>
      <translation>{kinds}的{metric}</translation>
    </message>
    <message>
      <source>year: {year!r} is not a year from {first} to {last}</source>
      <translation>年份：{year!r} 不是 {first} 到 {last} 之间的年份</translation>
    </message>
    <message>
      <source>kind: a {metric} goal counts every kind of entry, so it cannot name one</source>
      <translation>类型：{metric} 目标统计所有类型的条目，不能指定类型</translation>
    </message>
    <message>
      <source>target: the {name} goal must be a number, not {target!r}</source>
      <translation>目标值：“{name}”目标必须是数字，不能是 {target!r}</translation>
    </message>
    <message>
      <source>target: the {name} goal must be more than 0 and at most {most:,.0f} (got {target:g})</source>
      <translation>目标值：“{name}”目标必须大于 0 且不超过 {most:,.0f}（填的是 {target:g}）</translation>
    </message>
    <message>
      <source>target: the {name} goal must be a whole number (got {target:g})</source>
      <translation>目标值：“{name}”目标必须是整数（填的是 {target:g}）</translation>
    </message>
    <message>
      <source>{year} has no goal for {name}</source>
      <translation>{year} 年没有“{name}”目标</translation>
    </message>
    <message>
      <source>{what}: cannot read {text!r} as a place (at {rest!r}); write it like p. 42, pp. 42-43, loc. 145-146, 第 42 页, 位置 145 or 42% (a chapter goes in --chapter)</source>
      <translation>{what}：无法把 {text!r} 识别为位置（出错处：{rest!r}）；请写成 p. 42、pp. 42-43、loc. 145-146、第 42 页、位置 145 或 42% 这样的形式（章节请写在 --chapter 里）</translation>
    </message>
    <message>
      <source>page</source>
      <translation>页码</translation>
    </message>
    <message>
      <source>location</source>
      <translation>位置</translation>
    </message>
    <message>
      <source>percent</source>
      <translation>百分比</translation>
    </message>
    <message>
      <source>{what}: {text!r} is not a number or a range like 42-43</source>
      <translation>{what}：{text!r} 不是数字，也不是 42-43 这样的范围</translation>
    </message>
    <message>
      <source>{what}: {source!r} starts at {start}; places count from 1</source>
      <translation>{what}：{source!r} 从 {start} 开始；位置从 1 开始计数</translation>
    </message>
    <message>
      <source>{what}: {source!r} ends before it starts</source>
      <translation>{what}：{source!r} 的结尾在开头之前</translation>
    </message>
    <message>
      <source>{what}: it is empty; write it like p. 42, pp. 42-43, loc. 145-146, 第 42 页, 位置 145 or 42%</source>
      <translation>{what}：没有填写；请写成 p. 42、pp. 42-43、loc. 145-146、第 42 页、位置 145 或 42% 这样的形式</translation>
    </message>
    <message>
      <source>{what}: cannot read {text!r} as a place; write it like p. 42, pp. 42-43, loc. 145-146, 第 42 页, 位置 145 or 42% (a chapter goes in --chapter)</source>
      <translation>{what}：无法把 {text!r} 识别为位置；请写成 p. 42、pp. 42-43、loc. 145-146、第 42 页、位置 145 或 42% 这样的形式（章节请写在 --chapter 里）</translation>
    </message>
    <message>
      <source>{what}: {text!r} names the {part} twice</source>
      <translation>{what}：{text!r} 把{part}写了两次</translation>
    </message>
    <message>
      <source>{what}: {source!r} is over 100%</source>
      <translation>{what}：{source!r} 超过了 100%</translation>
    </message>
    <message>
      <source>{token!r}: {name!r} is not a filter field (use one of {fields}, or put the text in quotes to search for it)</source>
      <translation>{token!r}：{name!r} 不是筛选字段（请使用 {fields} 之一；如果要搜索这段文字，请给它加上引号）</translation>
    </message>
    <message>
      <source>{token!r}: {name} needs a value after {op!r}</source>
      <translation>{token!r}：{name} 的 {op!r} 后面需要填一个值</translation>
    </message>
    <message>
      <source>{token!r}: {field} takes ':' (only rating and dates compare)</source>
      <translation>{token!r}：{field} 只能用 ':'（只有评分和日期可以比较大小）</translation>
    </message>
    <message>
      <source>{raw!r} is not a rating; use a number from 0 to 5</source>
      <translation>{raw!r} 不是有效的评分；请使用 0 到 5 之间的数字</translation>
    </message>
    <message>
      <source>{raw!r} is not an entry id; use a whole number such as 12</source>
      <translation>{raw!r} 不是条目 ID；请使用整数，例如 12</translation>
    </message>
    <message>
      <source>{raw!r} is not {what}; use one of {choices}</source>
      <translation>{raw!r} 不是有效的{what}；请使用以下之一：{choices}</translation>
    </message>
    <message>
      <source>{raw!r} is not a valid ISBN-10 or ISBN-13</source>
      <translation>{raw!r} 不是有效的 ISBN-10 或 ISBN-13</translation>
    </message>
    <message>
      <source>{text!r} is not a date; use YYYY, YYYY-MM, YYYY-MM-DD or a range like 2019..2020-06</source>
      <translation>{text!r} 不是有效的日期；请使用 YYYY、YYYY-MM、YYYY-MM-DD 或 2019..2020-06 这样的范围</translation>
    </message>
    <message>
      <source>a kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>a status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>a note language</source>
      <translation>笔记语言</translation>
    </message>
    <message>
      <source>a has: value</source>
      <translation>“has:”值</translation>
    </message>
    <message>
      <source>an is: value</source>
      <translation>“is:”值</translation>
    </message>
    <message>
      <source>{text!r} is not a year; use YYYY or a range like 2019..2021</source>
      <translation>{text!r} 不是有效的年份；请使用 YYYY 或 2019..2021 这样的范围</translation>
    </message>
    <message>
      <source>a range takes ':', not {op!r}</source>
      <translation>范围只能用 ':'，不能用 {op!r}</translation>
    </message>
    <message>
      <source>{raw!r} is an empty range; use YYYY, YYYY-MM, YYYY-MM-DD or a range like 2019..2020-06</source>
      <translation>{raw!r} 是空范围；请使用 YYYY、YYYY-MM、YYYY-MM-DD 或 2019..2020-06 这样的范围</translation>
    </message>
    <message>
      <source>{raw!r} ends before it starts</source>
      <translation>{raw!r} 的结尾在开头之前</translation>
    </message>
    <message>
      <source>date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>rating</source>
      <translation>评分</translation>
    </message>
    <message>
      <source>duration</source>
      <translation>时长</translation>
    </message>
    <message>
      <source>isbn</source>
      <translation>ISBN</translation>
    </message>
    <message>
      <source>{what}: {text!r} is not a valid date (use YYYY-MM-DD)</source>
      <translation>{what}：{text!r} 不是有效的日期（请使用 YYYY-MM-DD）</translation>
    </message>
    <message>
      <source>{what}: {text!r} is not a duration (use 1:02:03, 1h30m or minutes)</source>
      <translation>{what}：{text!r} 不是有效的时长（请使用 1:02:03、1h30m 或分钟数）</translation>
    </message>
    <message>
      <source>{what}: {text!r} is not a valid ISBN-10 or ISBN-13</source>
      <translation>{what}：{text!r} 不是有效的 ISBN-10 或 ISBN-13</translation>
    </message>
    <message>
      <source>{what}: {text!r} must be from 0 to 5 in quarter steps (e.g. 4.25)</source>
      <translation>{what}：{text!r} 必须在 0 到 5 之间，以 0.25 为单位（例如 4.25）</translation>
    </message>
    <message>
      <source>{what}: {text!r} must be at least {minimum}</source>
      <translation>{what}：{text!r} 不能小于 {minimum}</translation>
    </message>
    <message>
      <source>{what}: {text!r} must be a number of at least {minimum:g}</source>
      <translation>{what}：{text!r} 必须是不小于 {minimum:g} 的数字</translation>
    </message>
    <message>
      <source>{what}: must not be empty</source>
      <translation>{what}：不能为空</translation>
    </message>
    <message>
      <source>{what}: {length} characters is longer than the {limit} allowed</source>
      <translation>{what}：共 {length} 个字符，超过了上限 {limit} 个</translation>
    </message>
    <message>
      <source>{what}: contains a NUL character</source>
      <translation>{what}：含有 NUL 字符</translation>
    </message>
    <message>
      <source>{what}: {text!r} is not a number from 0 to 5</source>
      <translation>{what}：{text!r} 不是 0 到 5 之间的数字</translation>
    </message>
    <message>
      <source>{what}: {text!r} is not a whole number</source>
      <translation>{what}：{text!r} 不是整数</translation>
    </message>
    <message>
      <source>{what}: {text!r} is not a number</source>
      <translation>{what}：{text!r} 不是数字</translation>
    </message>
    <message>
      <source>{source}: not valid UTF-8 at line {line} (byte {byte}); save it as UTF-8 and try again</source>
      <translation>{source}：第 {line} 行不是有效的 UTF-8（第 {byte} 字节）；请以 UTF-8 编码保存后再试</translation>
    </message>
  </context>
</TS>
