<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
  <context>
    <name>UserError</name>
    <message>
      <source>Rebuilding the search index</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>正在重建搜尋索引</translation>
    </message>
    <message>
      <source>Waiting for the search index</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>正在等待搜尋索引</translation>
    </message>
    <message>
      <source>Search index rebuilt</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>搜尋索引已重建</translation>
    </message>
  </context>
</TS>
