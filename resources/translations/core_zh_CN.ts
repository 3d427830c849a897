<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>UserError</name>
    <message>
      <source>entry {id}</source>
      <translation>条目 {id}</translation>
    </message>
    <message>
      <source>note {id}</source>
      <translation>笔记 {id}</translation>
    </message>
    <message>
      <source>highlight {id}</source>
      <translation>划线 {id}</translation>
    </message>
    <message>
      <source>import {id} was already undone</source>
      <translation>导入 {id} 已经撤销过了</translation>
    </message>
    <message>
      <source>import {id} cannot be undone: later import {later} changed the same entries or notes; undo that first</source>
      <translation>无法撤销导入 {id}：之后的导入 {later} 改动了同样的条目或笔记；请先撤销那次导入</translation>
    </message>
    <message>
      <source>import {id} cannot be undone: {what}, which it changed, is in the trash (restore it first: readinglog trash restore {held})</source>
      <translation>无法撤销导入 {id}：它改动过的{what} 在回收站里（请先恢复：readinglog trash restore {held}）</translation>
    </message>
    <message>
      <source>item {id}</source>
      <translation>条目 {id}</translation>
    </message>
    <message>
      <source>no import with id {id}</source>
      <translation>没有 ID 为 {id} 的导入</translation>
    </message>
    <message>
      <source>import {id} cannot be undone safely: {edited} changed after it (undo with --force to lose those changes)</source>
      <translation>无法安全地撤销导入 {id}：{edited} 在导入之后又改动过（用 --force 撤销会丢掉这些改动）</translation>
    </message>
    <message>
      <source>import {id} cannot be undone: {what}, which it changed, was deleted</source>
      <translation>无法撤销导入 {id}：它改动过的{what} 已被删除</translation>
    </message>
    <message>
      <source>import {id} cannot be undone safely: {edited} and {more} more changed after it (undo with --force to lose those changes)</source>
      <translation>无法安全地撤销导入 {id}：{edited} 以及另外 {more} 项在导入之后又改动过（用 --force 撤销会丢掉这些改动）</translation>
    </message>
    <message>
      <source>the image</source>
      <translation>这张图片</translation>
    </message>
    <message>
      <source>plain text</source>
      <translation>一段纯文本</translation>
    </message>
    <message>
      <source>{source} is over {limit} MB; too big for a cover</source>
      <translation>{source} 超过了 {limit} MB，用作封面太大了</translation>
    </message>
    <message>
      <source>a PDF document</source>
      <translation>一份 PDF 文档</translation>
    </message>
    <message>
      <source>a BMP image</source>
      <translation>一张 BMP 图片</translation>
    </message>
    <message>
      <source>a TIFF image</source>
      <translation>一张 TIFF 图片</translation>
    </message>
    <message>
      <source>an icon (ICO) file</source>
      <translation>一个图标（ICO）文件</translation>
    </message>
    <message>
      <source>a zip archive</source>
      <translation>一个 zip 压缩包</translation>
    </message>
    <message>
      <source>a gzip file</source>
      <translation>一个 gzip 文件</translation>
    </message>
    <message>
      <source>an empty file</source>
      <translation>一个空文件</translation>
    </message>
    <message>
      <source>an AVIF image</source>
      <translation>一张 AVIF 图片</translation>
    </message>
    <message>
      <source>a HEIC image</source>
      <translation>一张 HEIC 图片</translation>
    </message>
    <message>
      <source>a web page (HTML)</source>
      <translation>一个网页（HTML）</translation>
    </message>
    <message>
      <source>an SVG drawing</source>
      <translation>一张 SVG 矢量图</translation>
    </message>
    <message>
      <source>XML or HTML text</source>
      <translation>一段 XML 或 HTML 文本</translation>
    </message>
    <message>
      <source>JSON text</source>
      <translation>一段 JSON 文本</translation>
    </message>
    <message>
      <source>{source} is not a cover image: it looks like {what} (a cover can be a JPEG, PNG, GIF or WebP image)</source>
      <translation>{source} 不是封面图片：看起来是{what}（封面可以是 JPEG、PNG、GIF 或 WebP 图片）</translation>
    </message>
    <message>
      <source>unknown binary data (starting {start})</source>
      <translation>一些未知的二进制数据（开头是 {start}）</translation>
    </message>
    <message>
      <source>{path}: no such file</source>
      <translation>{path}：没有这个文件</translation>
    </message>
    <message>
      <source>{path}: cannot be read ({reason})</source>
      <translation>{path}：无法读取（{reason}）</translation>
    </message>
    <message>
      <source>unexpected error: {error}; run again with --debug</source>
      <translation>意外错误：{error}；请加上 --debug 重新运行</translation>
    </message>
    <message>
      <source>no space left on device while writing</source>
      <translation>写入时设备空间不足</translation>
    </message>
    <message>
      <source>disk quota exceeded while writing</source>
      <translation>写入时超出了磁盘配额</translation>
    </message>
    <message>
      <source>read-only file system: cannot write</source>
      <translation>文件系统是只读的：无法写入</translation>
    </message>
    <message>
      <source>permission denied</source>
      <translation>没有权限</translation>
    </message>
    <message>
      <source>input/output error (a failing disk or a lost connection) at</source>
      <translation>发生输入/输出错误（磁盘故障或连接中断）</translation>
    </message>
    <message>
      <source>no space left on device while writing {path}</source>
      <translation>写入 {path} 时设备空间不足</translation>
    </message>
    <message>
      <source>disk quota exceeded while writing {path}</source>
      <translation>写入 {path} 时超出了磁盘配额</translation>
    </message>
    <message>
      <source>read-only file system: cannot write {path}</source>
      <translation>文件系统是只读的：无法写入 {path}</translation>
    </message>
    <message>
      <source>permission denied: {path}</source>
      <translation>没有权限：{path}</translation>
    </message>
    <message>
      <source>input/output error (a failing disk or a lost connection) at {path}</source>
      <translation>{path} 发生输入/输出错误（磁盘故障或连接中断）</translation>
    </message>
    <message>
      <source>{library} is locked by another ReadingLog process; try again when it is done</source>
      <translation>另一个 ReadingLog 进程正在使用{library}；请等它完成后再试</translation>
    </message>
    <message>
      <source>no space left on device while writing {library} (database or disk is full)</source>
      <translation>设备空间不足，无法写入{library}（数据库或磁盘已满）</translation>
    </message>
    <message>
      <source>{library} is read-only: writes are refused</source>
      <translation>{library}是只读的：无法写入</translation>
    </message>
    <message>
      <source>cannot open {library}: its folder is missing or cannot be written</source>
      <translation>无法打开{library}：所在文件夹不存在或不可写入</translation>
    </message>
    <message>
      <source>a disk input/output error while reading or writing {library}</source>
      <translation>读写{library}时发生磁盘输入/输出错误</translation>
    </message>
    <message>
      <source>{library} is damaged (database disk image is malformed); restore a backup</source>
      <translation>{library}已损坏（数据库文件格式错误）；请恢复一个备份</translation>
    </message>
    <message>
      <source>{library} is not a ReadingLog library (file is not a database)</source>
      <translation>{library}不是 ReadingLog 书库（文件不是数据库）</translation>
    </message>
    <message>
      <source>unexpected error: {error}; details in {log}</source>
      <translation>意外错误：{error}；详情见 {log}</translation>
    </message>
    <message>
      <source>the library</source>
      <translation>书库</translation>
    </message>
    <message>
      <source>the library {path}</source>
      <translation>书库（{path}）</translation>
    </message>
    <message>
      <source>entry {id} is a {kind}; feeds belong to a podcast show or a series</source>
      <translation>条目 {id} 是{kind}；订阅源只能属于播客节目或系列课程</translation>
    </message>
    <message>
      <source>no feed episode with id {id}</source>
      <translation>订阅源里没有 ID 为 {id} 的单集</translation>
    </message>
    <message>
      <source>status: {mark} is not a mark; use {choices}</source>
      <translation>状态：{mark} 不能用来标记单集；请使用 {choices}</translation>
    </message>
    <message>
      <source>entry {id} ({title}) has no feed; give it one with: readinglog feed add {id} URL</source>
      <translation>条目 {id}（{title}）没有订阅源；可以这样添加：readinglog feed add {id} URL</translation>
    </message>
    <message>
      <source>{count} shows titled {name!r}; name it by its id</source>
      <translation>有 {count} 个节目的标题是 {name!r}；请用 ID 指定</translation>
    </message>
    <message>
      <source>no show titled {name!r}; name it by its id</source>
      <translation>没有标题为 {name!r} 的节目；请用 ID 指定</translation>
    </message>
    <message>
      <source>a highlight needs its text (or, for a note at a place, a comment)</source>
      <translation>划线需要有文字（如果是记在某个位置的笔记，则需要有批注）</translation>
    </message>
    <message>
      <source>the highlight's text is {length:,} characters; at most {limit:,}</source>
      <translation>划线文字有 {length:,} 个字符；最多 {limit:,} 个</translation>
    </message>
    <message>
      <source>the highlight's comment is {length:,} characters; at most {limit:,}</source>
      <translation>划线批注有 {length:,} 个字符；最多 {limit:,} 个</translation>
    </message>
    <message>
      <source>no highlight with id {id}</source>
      <translation>没有 ID 为 {id} 的划线</translation>
    </message>
    <message>
      <source>name at least one highlight</source>
      <translation>请至少指定一条划线</translation>
    </message>
    <message>
      <source>#{id} is a {kind}; book details fill books only</source>
      <translation>#{id} 是{kind}；图书信息只能填入图书</translation>
    </message>
    <message>
      <source>field: {names} cannot be filled (use {choices})</source>
      <translation>字段：无法填写 {names}（可以填写：{choices}）</translation>
    </message>
    <message>
      <source>note: the text is {size:.1f} MB; a note can hold at most {limit} MB (split it into several notes)</source>
      <translation>笔记：正文有 {size:.1f} MB；一条笔记最多 {limit} MB（请拆成几条笔记）</translation>
    </message>
    <message>
      <source>note: the text contains a NUL character (is it a binary file?)</source>
      <translation>笔记：正文含有 NUL 字符（是不是二进制文件？）</translation>
    </message>
    <message>
      <source>title: {length} characters is more than {limit}</source>
      <translation>标题：{length} 个字符，超过了上限 {limit}</translation>
    </message>
    <message>
      <source>amount</source>
      <translation>进度</translation>
    </message>
    <message>
      <source>time</source>
      <translation>用时</translation>
    </message>
    <message>
      <source>started</source>
      <translation>开始</translation>
    </message>
    <message>
      <source>{done} of {total} episodes</source>
      <translation>{done}/{total} 集</translation>
    </message>
    <message>
      <source>want</source>
      <translation>想读</translation>
    </message>
    <message>
      <source>in-progress</source>
      <translation>在读</translation>
    </message>
    <message>
      <source>finished</source>
      <translation>读过</translation>
    </message>
    <message>
      <source>abandoned</source>
      <translation>弃读</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>搁置</translation>
    </message>
    <message>
      <source>{outcome}, date unknown</source>
      <translation>{outcome}，日期不详</translation>
    </message>
    <message>
      <source>{count} times</source>
      <translation>{count} 次</translation>
    </message>
    <message>
      <source>page {page}</source>
      <translation>第 {page} 页</translation>
    </message>
    <message>
      <source>episode {number}</source>
      <translation>第 {number} 集</translation>
    </message>
    <message>
      <source>page {page} of {pages} ({share}%)</source>
      <translation>第 {page} 页，共 {pages} 页（{share}%）</translation>
    </message>
    <message>
      <source>{done} of {length}</source>
      <translation>{done} / {length}</translation>
    </message>
    <message>
      <source>{done} of {total} courses</source>
      <translation>{done}/{total} 门课程</translation>
    </message>
    <message>
      <source>{done} of {total} episode</source>
      <translation>{done}/{total} 集</translation>
    </message>
    <message>
      <source>started {start}, not finished</source>
      <translation>{start} 开始，还没读完</translation>
    </message>
    <message>
      <source>started {start} · {outcome}, date unknown</source>
      <translation>{start} 开始 · {outcome}，日期不详</translation>
    </message>
    <message>
      <source>once</source>
      <translation>一次</translation>
    </message>
    <message>
      <source>twice</source>
      <translation>两次</translation>
    </message>
    <message>
      <source>episode {number} of {total}</source>
      <translation>第 {number} 集，共 {total} 集</translation>
    </message>
    <message>
      <source>{done} of {total} course</source>
      <translation>{done}/{total} 门课程</translation>
    </message>
    <message>
      <source>started, date unknown</source>
      <translation>已开始，日期不详</translation>
    </message>
    <message>
      <source>{outcome} {times}, dates unknown</source>
      <translation>{outcome}{times}，日期不详</translation>
    </message>
    <message>
      <source>cannot sort {what} by {sort!r}; use one of {choices}</source>
      <translation>无法按 {sort!r} 给{what}排序；请使用以下之一：{choices}</translation>
    </message>
    <message>
      <source>entries</source>
      <translation>条目</translation>
    </message>
    <message>
      <source>no entry with id {id}</source>
      <translation>没有 ID 为 {id} 的条目</translation>
    </message>
    <message>
      <source>notes</source>
      <translation>笔记</translation>
    </message>
    <message>
      <source>no note with id {id}</source>
      <translation>没有 ID 为 {id} 的笔记</translation>
    </message>
    <message>
      <source>title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>no entry with id {id} to be the parent</source>
      <translation>没有 ID 为 {id} 的条目可以作为上级</translation>
    </message>
    <message>
      <source>a {kind} cannot belong to a {parent}</source>
      <translation>{kind}不能归入{parent}</translation>
    </message>
    <message>
      <source>tag: must not be empty</source>
      <translation>标签：不能为空</translation>
    </message>
    <message>
      <source>tag: {name!r} is longer than {limit} characters</source>
      <translation>标签：{name!r} 超过了 {limit} 个字符</translation>
    </message>
    <message>
      <source>entry {parent} is inside entry {id}; that would be a loop</source>
      <translation>条目 {parent} 本身就在条目 {id} 之下；这样会形成循环</translation>
    </message>
    <message>
      <source>book</source>
      <translation>图书</translation>
    </message>
    <message>
      <source>podcast show</source>
      <translation>播客节目</translation>
    </message>
    <message>
      <source>podcast episode</source>
      <translation>播客单集</translation>
    </message>
    <message>
      <source>course</source>
      <translation>课程</translation>
    </message>
    <message>
      <source>course series</source>
      <translation>系列课程</translation>
    </message>
    <message>
      <source>video or talk</source>
      <translation>视频/演讲</translation>
    </message>
    <message>
      <source>article</source>
      <translation>文章</translation>
    </message>
  </context>
</TS>
