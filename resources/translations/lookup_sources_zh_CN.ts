<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>LookupSources</name>
    <message>
        <source>Automatic: 豆瓣 goes first for Chinese titles and 978-7 ISBNs, then the others.</source>
        <translation>自动：中文书名和 978-7 开头的 ISBN 先查豆瓣，再查其他来源。</translation>
    </message>
    <message>
        <source>Your order, for every book (豆瓣 goes first for Chinese books only in the automatic one).</source>
        <translation>自定义顺序：每本书都按这个顺序查询（只有自动顺序才会让中文书优先查豆瓣）。</translation>
    </message>
    <message>
        <source>Tick at least one source: a lookup needs one to ask.</source>
        <translation>请至少勾选一个来源，否则无法查询。</translation>
    </message>
    <message>
        <source>The settings named {names}, which no source here is: OK leaves it out.</source>
        <translation>设置里写了 {names}，但这里没有这个来源：点“确定”后会将它移除。</translation>
    </message>
    <message>
        <source>Book details</source>
        <translation>书籍资料</translation>
    </message>
    <message>
        <source>Book sources, in the order they are asked</source>
        <translation>书籍资料来源，按查询顺序排列</translation>
    </message>
    <message>
        <source>Book &amp;sources, asked in this order (Space ticks one on or off):</source>
        <translation>资料来源(&amp;S)，按此顺序查询（空格键勾选或取消）：</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Use the &amp;automatic order</source>
        <translation>使用自动顺序(&amp;A)</translation>
    </message>
    <message>
        <source>{unknown} {hint}</source>
        <translation>{unknown}{hint}</translation>
    </message>
</context>
</TS>
