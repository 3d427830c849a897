<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ImportReport</name>
    <message>
        <source>line {line}: </source>
        <translation>第 {line} 行：</translation>
    </message>
    <message>
        <source>{count} highlight</source>
        <translation>{count} 条划线</translation>
    </message>
    <message>
        <source>{count} highlights</source>
        <translation>{count} 条划线</translation>
    </message>
    <message>
        <source>{count} entry</source>
        <translation>{count} 个条目</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} 个条目</translation>
    </message>
    <message>
        <source>{count} note</source>
        <translation>{count} 篇笔记</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>{count} 篇笔记</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first}和 {last}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>{what} would be added</source>
        <translation>将添加 {what}</translation>
    </message>
    <message>
        <source>{what} added</source>
        <translation>已添加 {what}</translation>
    </message>
    <message>
        <source>{what} would be updated</source>
        <translation>将更新 {what}</translation>
    </message>
    <message>
        <source>{what} updated</source>
        <translation>已更新 {what}</translation>
    </message>
    <message>
        <source>nothing would be added or updated</source>
        <translation>不会添加或更新任何内容</translation>
    </message>
    <message>
        <source>nothing added or updated</source>
        <translation>没有添加或更新任何内容</translation>
    </message>
    <message>
        <source>{count} already there</source>
        <translation>{count} 项已存在</translation>
    </message>
    <message>
        <source>{count} row skipped</source>
        <translation>跳过 {count} 行</translation>
    </message>
    <message>
        <source>{count} rows skipped</source>
        <translation>跳过 {count} 行</translation>
    </message>
    <message>
        <source>{count} record skipped</source>
        <translation>跳过 {count} 条记录</translation>
    </message>
    <message>
        <source>{count} records skipped</source>
        <translation>跳过 {count} 条记录</translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translation>{sentence}。</translation>
    </message>
    <message>
        <source>{count} note read</source>
        <translation>读到 {count} 篇笔记</translation>
    </message>
    <message>
        <source>{count} notes read</source>
        <translation>读到 {count} 篇笔记</translation>
    </message>
    <message>
        <source>{count} bookmark skipped</source>
        <translation>跳过 {count} 个书签</translation>
    </message>
    <message>
        <source>{count} bookmarks skipped</source>
        <translation>跳过 {count} 个书签</translation>
    </message>
    <message>
        <source>{count} re-highlight merged</source>
        <translation>合并 {count} 条重复划线</translation>
    </message>
    <message>
        <source>{count} re-highlights merged</source>
        <translation>合并 {count} 条重复划线</translation>
    </message>
    <message>
        <source>{count} highlight already there</source>
        <translation>{count} 条划线已存在</translation>
    </message>
    <message>
        <source>{count} highlights already there</source>
        <translation>{count} 条划线已存在</translation>
    </message>
    <message>
        <source>Nothing would be added or changed: {unchanged} already in the library as they are in the file and {skipped} skipped (see Skipped and warnings).</source>
        <translation>不会添加或更改任何内容：{unchanged} 项已在书库中，与文件里的一致；{skipped} 项被跳过（见“跳过与警告”）。</translation>
    </message>
    <message>
        <source>Nothing would be added or changed: {unchanged} already in the library as they are in the file.</source>
        <translation>不会添加或更改任何内容：{unchanged} 项已在书库中，与文件里的一致。</translation>
    </message>
    <message>
        <source>Nothing would be added or changed: {skipped} skipped (see Skipped and warnings).</source>
        <translation>不会添加或更改任何内容：{skipped} 项被跳过（见“跳过与警告”）。</translation>
    </message>
    <message>
        <source>Nothing would be added or changed: the file holds no records.</source>
        <translation>不会添加或更改任何内容：文件里没有记录。</translation>
    </message>
    <message>
        <source>Nothing was added or changed: {unchanged} already in the library as they are in the file and {skipped} skipped (see Skipped and warnings).</source>
        <translation>没有添加或更改任何内容：{unchanged} 项已在书库中，与文件里的一致；{skipped} 项被跳过（见“跳过与警告”）。</translation>
    </message>
    <message>
        <source>Nothing was added or changed: {unchanged} already in the library as they are in the file.</source>
        <translation>没有添加或更改任何内容：{unchanged} 项已在书库中，与文件里的一致。</translation>
    </message>
    <message>
        <source>Nothing was added or changed: {skipped} skipped (see Skipped and warnings).</source>
        <translation>没有添加或更改任何内容：{skipped} 项被跳过（见“跳过与警告”）。</translation>
    </message>
    <message>
        <source>Nothing was added or changed: the file holds no records.</source>
        <translation>没有添加或更改任何内容：文件里没有记录。</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>警告：{warning}</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Skipped or warning</source>
        <translation>跳过原因或警告</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
</TS>
