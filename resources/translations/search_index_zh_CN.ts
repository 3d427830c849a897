<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>UserError</name>
    <message>
      <source>Rebuilding the search index</source>
      <translation>正在重建搜索索引</translation>
    </message>
    <message>
      <source>Waiting for the search index</source>
      <translation>正在等待搜索索引</translation>
    </message>
    <message>
      <source>Search index rebuilt</source>
      <translation>搜索索引已重建</translation>
    </message>
  </context>
</TS>
