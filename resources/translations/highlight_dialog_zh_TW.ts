<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>HighlightDialog</name>
    <message>
        <source>yellow</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>黃色</translation>
    </message>
    <message>
        <source>blue</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>藍色</translation>
    </message>
    <message>
        <source>pink</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>粉色</translation>
    </message>
    <message>
        <source>orange</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>橙色</translation>
    </message>
    <message>
        <source>green</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>綠色</translation>
    </message>
    <message>
        <source>purple</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>紫色</translation>
    </message>
    <message>
        <source>red</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>紅色</translation>
    </message>
    <message>
        <source>gray</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>灰色</translation>
    </message>
    <message>
        <source>{what}: write a number or a range such as 42 or 42–44</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{what}：請填一個數字或範圍，例如 42 或 42–44</translation>
    </message>
    <message>
        <source>{what}: {start} must be at least 1</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{what}：{start} 不能小於 1</translation>
    </message>
    <message>
        <source>{what}: the range ends ({end}) before it starts ({start})</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{what}：範圍的結尾（{end}）比開頭（{start}）還小</translation>
    </message>
    <message>
        <source>Edit highlight — {title}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>編輯劃線 — {title}</translation>
    </message>
    <message>
        <source>Add highlight — {title}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>新增劃線 — {title}</translation>
    </message>
    <message>
        <source>Highlighted text</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>劃線原文</translation>
    </message>
    <message>
        <source>The passage, exactly as in the book (原文)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>照書中原樣摘錄這段文字</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>你的想法</translation>
    </message>
    <message>
        <source>What you thought of it (optional)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>讀到這裡時的想法（可不填）</translation>
    </message>
    <message>
        <source>42 or 42–44</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>42 或 42–44</translation>
    </message>
    <message>
        <source>Page</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>頁碼</translation>
    </message>
    <message>
        <source>Kindle location: 145 or 145–146</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>Kindle 位置：145 或 145–146</translation>
    </message>
    <message>
        <source>Location</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>位置</translation>
    </message>
    <message>
        <source>Chapter 3, 第三章</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>第三章、Chapter 3</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>章節</translation>
    </message>
    <message>
        <source>Colour</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>顏色</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>無</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>頁碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>位置(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>原文(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>想法(&amp;C)：</translation>
    </message>
    <message>
        <source>Where:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>出處：</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>章節(&amp;H)：</translation>
    </message>
    <message>
        <source>Colou&amp;r:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>顏色(&amp;R)：</translation>
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
</context>
</TS>
