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
        <source>Fetching the cover…</source>
        <translation>正在下载封面…</translation>
    </message>
</context>
</TS>
