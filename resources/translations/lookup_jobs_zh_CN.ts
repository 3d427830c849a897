<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>LookupJobs</name>
    <message>
        <source>Asking {source}…</source>
        <translation>正在向 {source} 查询…</translation>
    </message>
    <message>
        <source>no book found for {what} ({problems})</source>
        <translation>没有找到 {what} 对应的书（{problems}）</translation>
    </message>
    <message>
        <source>no book found for {what}</source>
        <translation>没有找到 {what} 对应的书</translation>
    </message>
    <message>
        <source>Fetching the cover…</source>
        <translation>正在下载封面…</translation>
    </message>
</context>
</TS>
