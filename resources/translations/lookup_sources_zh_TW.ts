<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>LookupSources</name>
    <message>
        <source>Automatic: 豆瓣 goes first for Chinese titles and 978-7 ISBNs, then the others.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>自動：中文書名和 978-7 開頭的 ISBN 先查豆瓣，再查其他來源。</translation>
    </message>
    <message>
        <source>Your order, for every book (豆瓣 goes first for Chinese books only in the automatic one).</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>自定義順序：每本書都按這個順序查詢（只有自動順序才會讓中文書優先查豆瓣）。</translation>
    </message>
    <message>
        <source>Tick at least one source: a lookup needs one to ask.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>請至少勾選一個來源，否則無法查詢。</translation>
    </message>
    <message>
        <source>The settings named {names}, which no source here is: OK leaves it out.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>設定裡寫了 {names}，但這裡沒有這個來源：點「確定」後會將它移除。</translation>
    </message>
    <message>
        <source>Book details</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>書籍資料</translation>
    </message>
    <message>
        <source>Book sources, in the order they are asked</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>書籍資料來源，按查詢順序排列</translation>
    </message>
    <message>
        <source>Book &amp;sources, asked in this order (Space ticks one on or off):</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>資料來源(&amp;S)，按此順序查詢（空格鍵勾選或取消）：</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Use the &amp;automatic order</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>使用自動順序(&amp;A)</translation>
    </message>
    <message>
        <source>{unknown} {hint}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{unknown}{hint}</translation>
    </message>
</context>
</TS>
