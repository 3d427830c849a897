<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>IndexKeeper</name>
    <message>
        <source>Search index: starting…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>搜尋索引：正在啟動…</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>搜尋出錯：{error}</translation>
    </message>
    <message>
        <source>Search index: building {percent}%…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>搜尋索引：正在建立 {percent}%…</translation>
    </message>
    <message>
        <source>Search index: building…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>搜尋索引：正在建立…</translation>
    </message>
    <message>
        <source>Search index: ready</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>搜尋索引：就緒</translation>
    </message>
    <message>
        <source>Search index: being rebuilt by another ReadingLog…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>搜尋索引：另一個 ReadingLog 正在重建…</translation>
    </message>
    <message>
        <source>Search index: unavailable ({message})</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>搜尋索引：不可用（{message}）</translation>
    </message>
    <message>
        <source>Search index: behind ({reason})</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>搜尋索引：尚未同步（{reason}）</translation>
    </message>
    <message>
        <source>Search index: {message}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>搜尋索引：{message}</translation>
    </message>
</context>
<context>
    <name>SearchLineEdit</name>
    <message>
        <source>Filter: words, kind:book status:finished tag:历史 rating&gt;=4 year:2023</source>
        <translation>篩選：關鍵字，或 kind:book status:finished tag:歷史 rating&gt;=4 year:2023</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Also contains</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>包含在其他詞中</translation>
    </message>
    <message>
        <source>Building the search index…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在建立搜尋索引…</translation>
    </message>
    <message>
        <source>↑↓ to move · Enter to open · Esc to close</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>↑↓ 選擇 · Enter 開啟 · Esc 關閉</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Entries</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>條目</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>劃線</translation>
    </message>
    <message>
        <source>No notes, entries or highlights match “{text}”.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>沒有與「{text}」符合的筆記、條目或劃線。</translation>
    </message>
    <message>
        <source>No notes, entries or highlights contain “{text}”.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>沒有包含「{text}」的筆記、條目或劃線。</translation>
    </message>
    <message>
        <source>Every word must match: try fewer words, or “{first} OR {second}” for either, or leave out {filters}.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>每個詞都須符合：試試少輸幾個詞，或用「{first} OR {second}」符合其中任一個，也可以去掉 {filters}。</translation>
    </message>
    <message>
        <source>Every word must match: try fewer words, or “{first} OR {second}” for either.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>每個詞都須符合：試試少輸幾個詞，或用「{first} OR {second}」符合其中任一個。</translation>
    </message>
    <message>
        <source>Check the spelling, or try a shorter word: part of a word is found too (经济 finds 经济学, learn finds learned), or leave out {filters}.</source>
        <translation>請檢查拼字，或換個短一點的詞：詞的一部分也能搜到（搜「經濟」能找到「經濟學」，learn 能找到 learned），也可以去掉 {filters}。</translation>
    </message>
    <message>
        <source>Check the spelling, or try a shorter word: part of a word is found too (经济 finds 经济学, learn finds learned).</source>
        <translation>請檢查拼字，或換個短一點的詞：詞的一部分也能搜到（搜「經濟」能找到「經濟學」，learn 能找到 learned）。</translation>
    </message>
    <message>
        <source>Highlight in {title} · {place}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>《{title}》中的劃線 · {place}</translation>
    </message>
    <message>
        <source>Highlight in {title}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>《{title}》中的劃線</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>找到 {count} 條</translation>
    </message>
    <message>
        <source>Esc to close</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>Esc 關閉</translation>
    </message>
    <message>
        <source>Also contains “{text}” inside other words · {count}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>「{text}」出現在其他詞中 · {count}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>（無標題）</translation>
    </message>
</context>
</TS>
