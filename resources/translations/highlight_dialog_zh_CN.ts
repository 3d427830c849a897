<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>HighlightDialog</name>
    <message>
        <source>yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>gray</source>
        <translation>灰色</translation>
    </message>
    <message>
        <source>{what}: write a number or a range such as 42 or 42–44</source>
        <translation>{what}：请填一个数字或范围，例如 42 或 42–44</translation>
    </message>
    <message>
        <source>{what}: {start} must be at least 1</source>
        <translation>{what}：{start} 不能小于 1</translation>
    </message>
    <message>
        <source>{what}: the range ends ({end}) before it starts ({start})</source>
        <translation>{what}：范围的结尾（{end}）比开头（{start}）还小</translation>
    </message>
    <message>
        <source>Edit highlight — {title}</source>
        <translation>编辑划线 — {title}</translation>
    </message>
    <message>
        <source>Add highlight — {title}</source>
        <translation>添加划线 — {title}</translation>
    </message>
    <message>
        <source>Highlighted text</source>
        <translation>划线原文</translation>
    </message>
    <message>
        <source>The passage, exactly as in the book (原文)</source>
        <translation>照书中原样摘录这段文字</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>你的想法</translation>
    </message>
    <message>
        <source>What you thought of it (optional)</source>
        <translation>读到这里时的想法（可不填）</translation>
    </message>
    <message>
        <source>42 or 42–44</source>
        <translation>42 或 42–44</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Kindle location: 145 or 145–146</source>
        <translation>Kindle 位置：145 或 145–146</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Chapter 3, 第三章</source>
        <translation>第三章、Chapter 3</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>页码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>位置(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>原文(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>想法(&amp;C)：</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>出处：</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation>章节(&amp;H)：</translation>
    </message>
    <message>
        <source>Colou&amp;r:</source>
        <translation>颜色(&amp;R)：</translation>
    </message>
    <message>
        <source>page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>location</source>
        <translation>位置</translation>
    </message>
</context>
</TS>
