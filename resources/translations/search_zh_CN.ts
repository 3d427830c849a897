<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>IndexKeeper</name>
    <message>
        <source>Search index: starting…</source>
        <translation>搜索索引：正在启动…</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation>搜索出错：{error}</translation>
    </message>
    <message>
        <source>Search index: building {percent}%…</source>
        <translation>搜索索引：正在建立 {percent}%…</translation>
    </message>
    <message>
        <source>Search index: building…</source>
        <translation>搜索索引：正在建立…</translation>
    </message>
    <message>
        <source>Search index: ready</source>
        <translation>搜索索引：就绪</translation>
    </message>
    <message>
        <source>Search index: being rebuilt by another ReadingLog…</source>
        <translation>搜索索引：另一个 ReadingLog 正在重建…</translation>
    </message>
    <message>
        <source>Search index: unavailable ({message})</source>
        <translation>搜索索引：不可用（{message}）</translation>
    </message>
    <message>
        <source>Search index: behind ({reason})</source>
        <translation>搜索索引：尚未同步（{reason}）</translation>
    </message>
    <message>
        <source>Search index: {message}</source>
        <translation>搜索索引：{message}</translation>
    </message>
</context>
<context>
    <name>SearchLineEdit</name>
    <message>
        <source>Filter: words, kind:book status:finished tag:历史 rating&gt;=4 year:2023</source>
        <translation>筛选：关键词，或 kind:book status:finished tag:历史 rating&gt;=4 year:2023</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Also contains</source>
        <translation>包含在其他词中</translation>
    </message>
    <message>
        <source>Building the search index…</source>
        <translation>正在建立搜索索引…</translation>
    </message>
    <message>
        <source>↑↓ to move · Enter to open · Esc to close</source>
        <translation>↑↓ 选择 · Enter 打开 · Esc 关闭</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>划线</translation>
    </message>
    <message>
        <source>No notes, entries or highlights match “{text}”.</source>
        <translation>没有与“{text}”匹配的笔记、条目或划线。</translation>
    </message>
    <message>
        <source>No notes, entries or highlights contain “{text}”.</source>
        <translation>没有包含“{text}”的笔记、条目或划线。</translation>
    </message>
    <message>
        <source>Every word must match: try fewer words, or “{first} OR {second}” for either, or leave out {filters}.</source>
        <translation>每个词都须匹配：试试少输几个词，或用“{first} OR {second}”匹配其中任一个，也可以去掉 {filters}。</translation>
    </message>
    <message>
        <source>Every word must match: try fewer words, or “{first} OR {second}” for either.</source>
        <translation>每个词都须匹配：试试少输几个词，或用“{first} OR {second}”匹配其中任一个。</translation>
    </message>
    <message>
        <source>Check the spelling, or try a shorter word: part of a word is found too (经济 finds 经济学, learn finds learned), or leave out {filters}.</source>
        <translation>请检查拼写，或换个短一点的词：词的一部分也能搜到（搜“经济”能找到“经济学”，learn 能找到 learned），也可以去掉 {filters}。</translation>
    </message>
    <message>
        <source>Check the spelling, or try a shorter word: part of a word is found too (经济 finds 经济学, learn finds learned).</source>
        <translation>请检查拼写，或换个短一点的词：词的一部分也能搜到（搜“经济”能找到“经济学”，learn 能找到 learned）。</translation>
    </message>
    <message>
        <source>Highlight in {title} · {place}</source>
        <translation>《{title}》中的划线 · {place}</translation>
    </message>
    <message>
        <source>Highlight in {title}</source>
        <translation>《{title}》中的划线</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>找到 {count} 条</translation>
    </message>
    <message>
        <source>Esc to close</source>
        <translation>Esc 关闭</translation>
    </message>
    <message>
        <source>Also contains “{text}” inside other words · {count}</source>
        <translation>“{text}”出现在其他词中 · {count}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
</context>
</TS>
