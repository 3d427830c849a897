<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>UserError</name>
    <message>
      <source>no importer for {kind}</source>
      <translation>没有能导入 {kind} 的导入器</translation>
    </message>
    <message>
      <source>{path}: no such file or folder</source>
      <translation>{path}：没有这个文件或文件夹</translation>
    </message>
    <message>
      <source>done</source>
      <translation>完成</translation>
    </message>
    <message>
      <source>{title}: {note!r} was not imported: {reason}</source>
      <translation>《{title}》：笔记 {note!r} 没有导入：{reason}</translation>
    </message>
    <message>
      <source>{count} columns where the header has {width}</source>
      <translation>这一行有 {count} 列，表头却有 {width} 列</translation>
    </message>
    <message>
      <source>{count} columns where the header has {width}, in lines {start}–{end} (an unbalanced quote may have merged them)</source>
      <translation>第 {start}–{end} 行共有 {count} 列，表头却有 {width} 列（可能是引号没有配对，把几行合成了一行）</translation>
    </message>
    <message>
      <source>{path}: cannot be read ({reason})</source>
      <translation>{path}：无法读取（{reason}）</translation>
    </message>
    <message>
      <source>{path}: no such file</source>
      <translation>{path}：没有这个文件</translation>
    </message>
    <message>
      <source>{file}: not UTF-8 (first bad byte at offset {offset}); read as GB18030, the encoding Chinese Excel saves; check the titles look right</source>
      <translation>{file}：不是 UTF-8 编码（第一个无法识别的字节在偏移 {offset} 处）；已按中文版 Excel 保存时用的 GB18030 编码读取，请检查书名是否显示正常</translation>
    </message>
    <message>
      <source>{file}: the file is empty</source>
      <translation>{file}：文件是空的</translation>
    </message>
    <message>
      <source>{file}: line 1: {error}</source>
      <translation>{file}：第 1 行：{error}</translation>
    </message>
    <message>
      <source>cannot be read as CSV ({error})</source>
      <translation>无法按 CSV 读取（{error}）</translation>
    </message>
    <message>
      <source>a Goodreads, StoryGraph, Readwise or 豆伴 CSV header, a Kindle My Clippings.txt, a KOReader sidecar (.lua), a WeRead notes export, a 豆瓣 JSON backup, OPML or Markdown</source>
      <translation>Goodreads、StoryGraph、Readwise 或豆伴的 CSV 表头，Kindle 的 My Clippings.txt，KOReader 的 .lua 元数据文件，微信读书导出的笔记，豆瓣 JSON 备份，OPML 或 Markdown</translation>
    </message>
    <message>
      <source>{file} is none of the files this imports: it looked for {looked_for}</source>
      <translation>{file} 不是可以导入的文件；能导入的有：{looked_for}</translation>
    </message>
    <message>
      <source>a KOReader sidecar (a book's metadata .lua)</source>
      <translation>KOReader 元数据文件（一本书的 metadata .lua）</translation>
    </message>
    <message>
      <source>a Kindle My Clippings.txt</source>
      <translation>Kindle 的 My Clippings.txt</translation>
    </message>
    <message>
      <source>a WeRead (微信读书) notes export</source>
      <translation>微信读书导出的笔记</translation>
    </message>
    <message>
      <source>a Readwise export</source>
      <translation>Readwise 导出文件</translation>
    </message>
    <message>
      <source>a 豆瓣 backup or 豆伴 sheet</source>
      <translation>豆瓣备份或豆伴表格</translation>
    </message>
    <message>
      <source>{file}: the header is neither Goodreads', StoryGraph's, Readwise's nor 豆伴's</source>
      <translation>{file}：表头既不是 Goodreads 的，也不是 StoryGraph、Readwise 或豆伴的</translation>
    </message>
    <message>
      <source>a folder: its Markdown files are imported as notes</source>
      <translation>文件夹：其中的 Markdown 文件将作为笔记导入</translation>
    </message>
    <message>
      <source>{file} cannot be read</source>
      <translation>无法读取 {file}</translation>
    </message>
    <message>
      <source>a Markdown file</source>
      <translation>Markdown 文件</translation>
    </message>
    <message>
      <source>an OPML file of podcast subscriptions</source>
      <translation>播客订阅的 OPML 文件</translation>
    </message>
    <message>
      <source>its header is a Goodreads library export's</source>
      <translation>表头是 Goodreads 书库导出的格式</translation>
    </message>
    <message>
      <source>its header is a StoryGraph export's</source>
      <translation>表头是 StoryGraph 导出的格式</translation>
    </message>
    <message>
      <source>its header is a Readwise export's</source>
      <translation>表头是 Readwise 导出的格式</translation>
    </message>
    <message>
      <source>a Readwise Markdown export (Books, Articles, ...)</source>
      <translation>Readwise 的 Markdown 导出（Books、Articles 等文件夹）</translation>
    </message>
    <message>
      <source>a folder of KOReader books (*.sdr/metadata.*.lua)</source>
      <translation>KOReader 书籍文件夹（*.sdr/metadata.*.lua）</translation>
    </message>
    <message>
      <source>{folder} is one KOReader book's folder: import its {sidecar}, or the folder that holds the books</source>
      <translation>{folder} 是 KOReader 单本书的文件夹：请导入其中的 {sidecar}，或导入存放这些书的上一级文件夹</translation>
    </message>
    <message>
      <source>{file} cannot be read: {error}</source>
      <translation>无法读取 {file}：{error}</translation>
    </message>
    <message>
      <source>record {number}</source>
      <translation>第 {number} 条记录</translation>
    </message>
    <message>
      <source>record {number}: {key}</source>
      <translation>第 {number} 条记录：{key}</translation>
    </message>
    <message>
      <source>read {file}: {count} records</source>
      <translation>已读取 {file}：共 {count} 条记录</translation>
    </message>
    <message>
      <source>{what}: {raw!r} is not one of read, reading, wish (读过, 在读, 想读)</source>
      <translation>{what}：{raw!r} 不是 read、reading、wish（读过、在读、想读）之一</translation>
    </message>
    <message>
      <source>{what}: {raw!r} is not a number from 1 to 5</source>
      <translation>{what}：{raw!r} 不是 1 到 5 之间的数</translation>
    </message>
    <message>
      <source>{what}: {raw!r} is not a date (YYYY-MM-DD HH:MM:SS)</source>
      <translation>{what}：{raw!r} 不是日期（应为 YYYY-MM-DD HH:MM:SS）</translation>
    </message>
    <message>
      <source>{where}: title: must not be empty</source>
      <translation>{where}：书名不能为空</translation>
    </message>
    <message>
      <source>{where} ({title}): no status; imported as {status_name}</source>
      <translation>{where}（《{title}》）：没有阅读状态，已按 {status_name} 导入</translation>
    </message>
    <message>
      <source>line {line}</source>
      <translation>第 {line} 行</translation>
    </message>
    <message>
      <source>record {number}: not an object but {type}</source>
      <translation>第 {number} 条记录：应为对象，却是 {type}</translation>
    </message>
    <message>
      <source>record {number}: title: {title!r} is not text</source>
      <translation>第 {number} 条记录：书名 {title!r} 不是文本</translation>
    </message>
    <message>
      <source>record {number}: tags: {tags!r} is not a list</source>
      <translation>第 {number} 条记录：标签 {tags!r} 不是列表</translation>
    </message>
    <message>
      <source>record {number}: comment: {comment!r} is not text</source>
      <translation>第 {number} 条记录：短评 {comment!r} 不是文本</translation>
    </message>
    <message>
      <source>{file}: {size} MB is more than a Douban backup holds ({limit} MB at most); split it into smaller files</source>
      <translation>{file}：{size} MB 超出了豆瓣备份的大小（最多 {limit} MB），请拆成几个较小的文件</translation>
    </message>
    <message>
      <source>{file}: not a Douban backup (a JSON array of books)</source>
      <translation>{file}：不是豆瓣备份（应为一个由书组成的 JSON 数组）</translation>
    </message>
    <message>
      <source>{file}: a spreadsheet (豆伴 xlsx) cannot be read here; open it and save each sheet (想读, 在读, 读过) as CSV UTF-8 with the sheet's name in the file name, then import those</source>
      <translation>{file}：这里无法读取电子表格（豆伴 xlsx）；请打开它，把每个工作表（想读、在读、读过）分别另存为“CSV UTF-8”，文件名里带上工作表的名字，再导入这些文件</translation>
    </message>
    <message>
      <source>{path}: not a file; a Douban backup is one JSON or CSV file</source>
      <translation>{path}：不是文件；豆瓣备份是单个 JSON 或 CSV 文件</translation>
    </message>
    <message>
      <source>{what}: {raw!r} is not a valid date</source>
      <translation>{what}：{raw!r} 不是有效的日期</translation>
    </message>
    <message>
      <source>{file}: line {line}: not valid JSON ({error})</source>
      <translation>{file}：第 {line} 行：不是有效的 JSON（{error}）</translation>
    </message>
    <message>
      <source>reading {file}</source>
      <translation>正在读取 {file}</translation>
    </message>
    <message>
      <source>{reason}; imported without it</source>
      <translation>{reason}；导入时略去了这一项</translation>
    </message>
    <message>
      <source>not a Douban backup: a JSON array of books, or a 豆伴 sheet saved as CSV with the columns {required} and {rating}</source>
      <translation>不是豆瓣备份：应为由书组成的 JSON 数组，或另存为 CSV、带有 {required} 列以及 {rating} 列的豆伴表格</translation>
    </message>
    <message>
      <source>line {line}: {column}</source>
      <translation>第 {line} 行：{column}</translation>
    </message>
    <message>
      <source>{first} or {second}</source>
      <translation>{first}或{second}</translation>
    </message>
    <message>
      <source>{where}: front matter line {line}: {key}</source>
      <translation>{where}：front matter 第 {line} 行：{key}</translation>
    </message>
    <message>
      <source>{where}: this YAML form is not supported: {text!r}</source>
      <translation>{where}：不支持这种 YAML 写法：{text!r}</translation>
    </message>
    <message>
      <source>{where}: front matter line {line}</source>
      <translation>{where}：front matter 第 {line} 行</translation>
    </message>
    <message>
      <source>{where}: a list and keys mixed under one key</source>
      <translation>{where}：同一个键下混用了列表和键值</translation>
    </message>
    <message>
      <source>{where}: unclosed quote in {text!r}</source>
      <translation>{where}：{text!r} 中的引号没有闭合</translation>
    </message>
    <message>
      <source>{where}: cannot read {text!r}</source>
      <translation>{where}：无法读取 {text!r}</translation>
    </message>
    <message>
      <source>{where}: a list that does not close: {text!r}</source>
      <translation>{where}：列表没有闭合：{text!r}</translation>
    </message>
    <message>
      <source>{where}: front matter line {line}: {key!r}: cannot read {text!r}; left out</source>
      <translation>{where}：front matter 第 {line} 行：{key!r}：无法读取 {text!r}，已略去</translation>
    </message>
    <message>
      <source>{where}: cannot read the quoted text {text!r}</source>
      <translation>{where}：无法读取引号中的文字 {text!r}</translation>
    </message>
    <message>
      <source>{where}: TOML front matter: {error}</source>
      <translation>{where}：TOML front matter：{error}</translation>
    </message>
    <message>
      <source>{reason}; left out</source>
      <translation>{reason}；已略去</translation>
    </message>
    <message>
      <source>not a Goodreads library export: the header lacks {columns} (export it from My Books &gt; Import and export)</source>
      <translation>不是 Goodreads 书库导出：表头缺少 {columns}（请在 My Books &gt; Import and export 中导出）</translation>
    </message>
    <message>
      <source>line {line}: Title: must not be empty</source>
      <translation>第 {line} 行：Title（书名）不能为空</translation>
    </message>
    <message>
      <source>line {line}: {column}: {raw!r} is not a number</source>
      <translation>第 {line} 行：{column}：{raw!r} 不是数字</translation>
    </message>
    <message>
      <source>line {line}: {reason}; imported without it</source>
      <translation>第 {line} 行：{reason}；导入时略去了这一项</translation>
    </message>
    <message>
      <source>{folder}: no such folder</source>
      <translation>{folder}：没有这个文件夹</translation>
    </message>
    <message>
      <source>writing {file}</source>
      <translation>正在写入 {file}</translation>
    </message>
    <message>
      <source>{done} of {total} books</source>
      <translation>第 {done} 本，共 {total} 本</translation>
    </message>
    <message>
      <source>{title}: {reason}; the entry was made without it</source>
      <translation>《{title}》：{reason}；条目已创建，但略去了这一项</translation>
    </message>
    <message>
      <source>{count:,} clippings read</source>
      <translation>已读取 {count:,} 条摘录</translation>
    </message>
    <message>
      <source>an empty note</source>
      <translation>空白笔记</translation>
    </message>
    <message>
      <source>the file ends inside this clipping (no closing ========== line)</source>
      <translation>文件在这条摘录中间就结束了（缺少结尾的 ========== 行）</translation>
    </message>
    <message>
      <source>{file} is not a Kindle My Clippings.txt file: line {line} should be a clipping's "- Your Highlight ... | Added on ..." line but reads {text!r}</source>
      <translation>{file} 不是 Kindle 的 My Clippings.txt 文件：第 {line} 行应是摘录的“- Your Highlight ... | Added on ...”一行，实际却是 {text!r}</translation>
    </message>
    <message>
      <source>empty highlight: the clipping has no text</source>
      <translation>空白划线：这条摘录没有文字</translation>
    </message>
    <message>
      <source>empty note: the clipping has no text</source>
      <translation>空白笔记：这条摘录没有文字</translation>
    </message>
    <message>
      <source>the line is not valid UTF-8; unreadable bytes are shown as �</source>
      <translation>这一行不是有效的 UTF-8，无法识别的字节显示为 �</translation>
    </message>
    <message>
      <source>the metadata line is in a layout this importer does not know: {line!r}</source>
      <translation>无法识别元数据行的格式：{line!r}</translation>
    </message>
    <message>
      <source>the clipping has no book title</source>
      <translation>这条摘录没有书名</translation>
    </message>
    <message>
      <source>Kindle wrote its clipping-limit notice instead of the highlighted text ({text!r}): the publisher caps how much of this book can be clipped</source>
      <translation>Kindle 写入的是摘录上限提示，而不是划线的文字（{text!r}）：出版方限制了这本书可摘录的字数</translation>
    </message>
    <message>
      <source>the clipping has no metadata line</source>
      <translation>这条摘录没有元数据行</translation>
    </message>
    <message>
      <source>{file} is not a KOReader metadata.*.lua sidecar: it does not return a table of book settings and highlights</source>
      <translation>{file} 不是 KOReader 的 metadata.*.lua 元数据文件：它返回的不是记录书籍设置和划线的表</translation>
    </message>
    <message>
      <source>{folder} holds no KOReader sidecar (no *.sdr/metadata.*.lua inside it).</source>
      <translation>{folder} 中没有 KOReader 元数据文件（里面找不到 *.sdr/metadata.*.lua）。</translation>
    </message>
    <message>
      <source>{file} is not a KOReader metadata.*.lua sidecar: it does not return a table of book settings and highlights.</source>
      <translation>{file} 不是 KOReader 的 metadata.*.lua 元数据文件：它返回的不是记录书籍设置和划线的表。</translation>
    </message>
    <message>
      <source>{file} cannot be read: {reason}.</source>
      <translation>无法读取 {file}：{reason}。</translation>
    </message>
    <message>
      <source>{file} cannot be read: {reason}</source>
      <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
      <source>{file} cannot be read as Lua data: {error}</source>
      <translation>无法按 Lua 数据读取 {file}：{error}</translation>
    </message>
    <message>
      <source>{file}: 'annotations' is not a table</source>
      <translation>{file}：“annotations”不是表</translation>
    </message>
    <message>
      <source>{file}: annotation [{index}] is not a table</source>
      <translation>{file}：annotation [{index}] 不是表</translation>
    </message>
    <message>
      <source>{file}: annotation [{index}] has no page and no pos0</source>
      <translation>{file}：annotation [{index}] 既没有 page 也没有 pos0</translation>
    </message>
    <message>
      <source>{file}: 'highlight' is not a table</source>
      <translation>{file}：“highlight”不是表</translation>
    </message>
    <message>
      <source>{file}: 'bookmarks' is not a table</source>
      <translation>{file}：“bookmarks”不是表</translation>
    </message>
    <message>
      <source>{file}: the {field} is not valid UTF-8; kept with replacement characters</source>
      <translation>{file}：{field} 不是有效的 UTF-8，已用替换字符保留</translation>
    </message>
    <message>
      <source>{file}: highlight [{page}] is not a table</source>
      <translation>{file}：highlight [{page}] 不是表</translation>
    </message>
    <message>
      <source>{file}: bookmark [{index}] is not a table</source>
      <translation>{file}：bookmark [{index}] 不是表</translation>
    </message>
    <message>
      <source>{file}: highlight [{page}][{index}] is not a table</source>
      <translation>{file}：highlight [{page}][{index}] 不是表</translation>
    </message>
    <message>
      <source>line {line}, column {column}: {message}</source>
      <translation>第 {line} 行第 {column} 列：{message}</translation>
    </message>
    <message>
      <source>invalid escape sequence '\{escape}' in a string</source>
      <translation>字符串中有无效的转义序列“\{escape}”</translation>
    </message>
    <message>
      <source>the end of the file</source>
      <translation>文件末尾</translation>
    </message>
    <message>
      <source>expected a value, found {found}</source>
      <translation>这里应是一个值，却是{found}</translation>
    </message>
    <message>
      <source>expected {what}, found {found}</source>
      <translation>这里应是{what}，却是{found}</translation>
    </message>
    <message>
      <source>expected the end of the file after the value, found {found}</source>
      <translation>值之后应是文件末尾，却是{found}</translation>
    </message>
    <message>
      <source>found the name '{name}': only strings, numbers, true, false, nil and tables are data</source>
      <translation>遇到名称“{name}”：只有字符串、数字、true、false、nil 和表才是数据</translation>
    </message>
    <message>
      <source>tables nested deeper than {depth} levels</source>
      <translation>表的嵌套超过了 {depth} 层</translation>
    </message>
    <message>
      <source>the key {key} appears twice in this table</source>
      <translation>键 {key} 在这个表中出现了两次</translation>
    </message>
    <message>
      <source>expected a number after '-', found {found}</source>
      <translation>“-”之后应是数字，却是{found}</translation>
    </message>
    <message>
      <source>malformed number</source>
      <translation>数字格式有误</translation>
    </message>
    <message>
      <source>a string is not closed</source>
      <translation>字符串没有闭合</translation>
    </message>
    <message>
      <source>'\u' needs hexadecimal digits in braces, as in {example}</source>
      <translation>“\u”后面需要用花括号括起的十六进制数字，例如 {example}</translation>
    </message>
    <message>
      <source>the escape {escape} is beyond U+10FFFF</source>
      <translation>转义 {escape} 超出了 U+10FFFF</translation>
    </message>
    <message>
      <source>a long string opened here is not closed</source>
      <translation>从这里开始的长字符串没有闭合</translation>
    </message>
    <message>
      <source>expected a value after 'return', found the end of the file</source>
      <translation>“return”之后应是一个值，却已到文件末尾</translation>
    </message>
    <message>
      <source>expected 'return' and a value, found an empty file</source>
      <translation>应是“return”和一个值，文件却是空的</translation>
    </message>
    <message>
      <source>the table opened here is not closed</source>
      <translation>从这里开始的表没有闭合</translation>
    </message>
    <message>
      <source>a string opened here is not closed on its line</source>
      <translation>从这里开始的字符串在本行没有闭合</translation>
    </message>
    <message>
      <source>'\x' needs two hexadecimal digits</source>
      <translation>“\x”后面需要两位十六进制数字</translation>
    </message>
    <message>
      <source>the escape '\{code}' is larger than 255</source>
      <translation>转义“\{code}”大于 255</translation>
    </message>
    <message>
      <source>a long comment opened here is not closed</source>
      <translation>从这里开始的长注释没有闭合</translation>
    </message>
    <message>
      <source>']' after the key</source>
      <translation>键之后的“]”</translation>
    </message>
    <message>
      <source>'=' after the key</source>
      <translation>键之后的“=”</translation>
    </message>
    <message>
      <source>expected ',' or '}}' after a table field, found {found}</source>
      <translation>表的字段之后应是“,”或“}}”，却是{found}</translation>
    </message>
    <message>
      <source>a table key must be a string or a number</source>
      <translation>表的键必须是字符串或数字</translation>
    </message>
    <message>
      <source>a table key cannot be NaN</source>
      <translation>表的键不能是 NaN</translation>
    </message>
    <message>
      <source>'{word}' is a Lua keyword, not a key</source>
      <translation>“{word}”是 Lua 关键字，不能作键</translation>
    </message>
    <message>
      <source>{where}: {text!r} is not a date</source>
      <translation>{where}：{text!r} 不是日期</translation>
    </message>
    <message>
      <source>{file}: title: {length} characters is more than {limit}; the file name is the title</source>
      <translation>{file}：标题有 {length} 个字符，超过了 {limit} 个；已改用文件名作标题</translation>
    </message>
    <message>
      <source>{path}: no Markdown files (.md) found</source>
      <translation>{path}：没有找到 Markdown 文件（.md）</translation>
    </message>
    <message>
      <source>{where}: tag {name!r} is longer than {limit} characters; left out</source>
      <translation>{where}：标签 {name!r} 超过 {limit} 个字符，已略去</translation>
    </message>
    <message>
      <source>{file}: not an OPML file (no &lt;opml&gt; element)</source>
      <translation>{file}：不是 OPML 文件（没有 &lt;opml&gt; 元素）</translation>
    </message>
    <message>
      <source>{file}: refused: the XML uses entities or external references ({error}), which a subscription list never needs</source>
      <translation>{file}：已拒绝：这个 XML 使用了实体或外部引用（{error}），订阅列表从来用不到这些</translation>
    </message>
    <message>
      <source>{file}: line {line}: not well-formed XML ({error})</source>
      <translation>{file}：第 {line} 行：XML 格式有误（{error}）</translation>
    </message>
    <message>
      <source>the show has no title or text</source>
      <translation>这个节目没有 title 或 text</translation>
    </message>
    <message>
      <source>{file} is empty, not a Readwise export.</source>
      <translation>{file} 是空的，不是 Readwise 导出文件。</translation>
    </message>
    <message>
      <source>{folder} is not a Readwise Markdown export: it has no Books, Articles, Tweets or Podcasts folder with .md files.</source>
      <translation>{folder} 不是 Readwise 的 Markdown 导出：里面没有装着 .md 文件的 Books、Articles、Tweets 或 Podcasts 文件夹。</translation>
    </message>
    <message>
      <source>{file} has an unknown Readwise CSV header: {header} (expected {expected}, or without the last one or two).</source>
      <translation>{file} 的 Readwise CSV 表头无法识别：{header}（应为 {expected}，或少掉最后一两列）。</translation>
    </message>
    <message>
      <source>{file} is not a Readwise export: it has neither the CSV's header (Highlight,Book Title,...) nor the Markdown export's Metadata and Highlights.</source>
      <translation>{file} 不是 Readwise 导出文件：既没有 CSV 的表头（Highlight,Book Title,...），也没有 Markdown 导出的 Metadata 和 Highlights 部分。</translation>
    </message>
    <message>
      <source>the record has no Book Title</source>
      <translation>这条记录没有 Book Title（书名）</translation>
    </message>
    <message>
      <source>the record has neither a highlight nor a note</source>
      <translation>这条记录既没有划线，也没有笔记</translation>
    </message>
    <message>
      <source>the record has {count} fields, the header {header}</source>
      <translation>这条记录有 {count} 个字段，表头却有 {header} 个</translation>
    </message>
    <message>
      <source>{file} is not a Readwise Markdown file</source>
      <translation>{file} 不是 Readwise 的 Markdown 文件</translation>
    </message>
    <message>
      <source>the record cannot be read as CSV ({error})</source>
      <translation>这条记录无法按 CSV 读取（{error}）</translation>
    </message>
    <message>
      <source>invalid UTF-8 bytes were replaced with �</source>
      <translation>无效的 UTF-8 字节已替换为 �</translation>
    </message>
    <message>
      <source>the file has no Highlights section</source>
      <translation>文件中没有 Highlights 部分</translation>
    </message>
    <message>
      <source>the highlight has no text</source>
      <translation>这条划线没有文字</translation>
    </message>
    <message>
      <source>the line is not part of a highlight: {text!r}</source>
      <translation>这一行不属于任何划线：{text!r}</translation>
    </message>
    <message>
      <source>read {file}</source>
      <translation>已读取 {file}</translation>
    </message>
    <message>
      <source>Goodreads library export (CSV)</source>
      <translation>Goodreads 书库导出（CSV）</translation>
    </message>
    <message>
      <source>StoryGraph export (CSV)</source>
      <translation>StoryGraph 导出（CSV）</translation>
    </message>
    <message>
      <source>Podcast subscriptions (OPML)</source>
      <translation>播客订阅（OPML）</translation>
    </message>
    <message>
      <source>Markdown notes (a file, a blog or a vault)</source>
      <translation>Markdown 笔记（单个文件、博客或 Obsidian 仓库）</translation>
    </message>
    <message>
      <source>Kindle highlights (My Clippings.txt)</source>
      <translation>Kindle 划线（My Clippings.txt）</translation>
    </message>
    <message>
      <source>Readwise highlights (the CSV, or the Markdown export's folder)</source>
      <translation>Readwise 划线（CSV，或 Markdown 导出的文件夹）</translation>
    </message>
    <message>
      <source>KOReader highlights (a book's metadata .lua, or a folder of books)</source>
      <translation>KOReader 划线（一本书的元数据 .lua，或一个书籍文件夹）</translation>
    </message>
    <message>
      <source>WeRead notes (微信读书's exported text)</source>
      <translation>微信读书笔记（微信读书导出的文本）</translation>
    </message>
    <message>
      <source>豆瓣 backup (JSON) or 豆伴 sheet (CSV)</source>
      <translation>豆瓣备份（JSON）或豆伴表格（CSV）</translation>
    </message>
    <message>
      <source>{path} is a folder; {label} is one file</source>
      <translation>{path} 是文件夹；{label}是单个文件</translation>
    </message>
    <message>
      <source>Undoing import {batch}</source>
      <translation>正在撤销第 {batch} 次导入</translation>
    </message>
    <message>
      <source>Reading {file}</source>
      <translation>正在读取 {file}</translation>
    </message>
    <message>
      <source>{file} went through a spreadsheet program: dates are read as day/month/year, and rows whose ISBN became a number like 9.78053E+12 are skipped; re-export from StoryGraph to import them</source>
      <translation>{file} 被电子表格软件打开并保存过：日期按“日/月/年”读取，ISBN 被改成 9.78053E+12 这类数字的行已跳过；要导入这些行，请从 StoryGraph 重新导出</translation>
    </message>
    <message>
      <source>not a StoryGraph export: the header lacks {columns} (export it from Manage Account &gt; Export StoryGraph Library)</source>
      <translation>不是 StoryGraph 导出：表头缺少 {columns}（请在 Manage Account &gt; Export StoryGraph Library 中导出）</translation>
    </message>
    <message>
      <source>{file} went through a spreadsheet program: dates are read as month/day/year, and rows whose ISBN became a number like 9.78053E+12 are skipped; re-export from StoryGraph to import them</source>
      <translation>{file} 被电子表格软件打开并保存过：日期按“月/日/年”读取，ISBN 被改成 9.78053E+12 这类数字的行已跳过；要导入这些行，请从 StoryGraph 重新导出</translation>
    </message>
    <message>
      <source>line {line}: {column}: {text!r} could be month/day or day/month (the file went through a spreadsheet); re-export from StoryGraph</source>
      <translation>第 {line} 行：{column}：{text!r} 可能是“月/日”，也可能是“日/月”（文件被电子表格软件保存过）；请从 StoryGraph 重新导出</translation>
    </message>
    <message>
      <source>line {line}: ISBN/UID: {uid!r} was turned into a number by a spreadsheet and its digits are lost; re-export from StoryGraph</source>
      <translation>第 {line} 行：ISBN/UID：{uid!r} 被电子表格软件改成了数字，部分数位已经丢失；请从 StoryGraph 重新导出</translation>
    </message>
    <message>
      <source>line {line}: {column}: {text!r} is not a valid date</source>
      <translation>第 {line} 行：{column}：{text!r} 不是有效的日期</translation>
    </message>
    <message>
      <source>line {line}: Dates Read: {dates!r} ends before it starts; kept the end date only</source>
      <translation>第 {line} 行：Dates Read：{dates!r} 的结束日期早于开始日期；只保留了结束日期</translation>
    </message>
    <message>
      <source>line {line}: Read Status is empty; imported as {status_name} (from the tag {tag!r})</source>
      <translation>第 {line} 行：Read Status 为空；根据标签 {tag!r} 按 {status_name} 导入</translation>
    </message>
    <message>
      <source>line {line}: Read Status is empty; imported as want-to-read</source>
      <translation>第 {line} 行：Read Status 为空；按想读导入</translation>
    </message>
    <message>
      <source>line {line}: Read Status: {raw!r} is not one of {known}</source>
      <translation>第 {line} 行：Read Status：{raw!r} 不是可选值之一（{known}）</translation>
    </message>
    <message>
      <source>this line is not valid UTF-8; the undecodable bytes are shown as U+FFFD</source>
      <translation>这一行不是有效的 UTF-8；无法解码的字节显示为 U+FFFD</translation>
    </message>
    <message>
      <source>{file}: not a WeRead (微信读书) notes export: the file is empty</source>
      <translation>{file}：不是微信读书导出的笔记：文件是空的</translation>
    </message>
    <message>
      <source>{file}: not a WeRead (微信读书) notes export: it does not start with a book's header (《书名》, the author, 'N个笔记')</source>
      <translation>{file}：不是微信读书导出的笔记：开头不是一本书的书头（《书名》、作者、“N个笔记”）</translation>
    </message>
    <message>
      <source>{file}: not a WeRead (微信读书) notes export: the notes under 《{title}》 have no ◆, &gt;&gt; or &gt; lines in any of its three layouts</source>
      <translation>{file}：不是微信读书导出的笔记：《{title}》下的笔记在三种格式里都找不到 ◆、&gt;&gt; 或 &gt; 开头的行</translation>
    </message>
    <message>
      <source>《{title}》: its notes are in no known WeRead layout; skipped</source>
      <translation>《{title}》：笔记不是已知的微信读书格式，已跳过</translation>
    </message>
    <message>
      <source>text after the end line '-- 来自微信读书' that starts no book</source>
      <translation>结尾行“-- 来自微信读书”之后的文字不是新一本书的开头</translation>
    </message>
    <message>
      <source>a highlight with no text</source>
      <translation>这条划线没有文字</translation>
    </message>
    <message>
      <source>a thought (发表想法) with no text</source>
      <translation>这条想法（发表想法）没有文字</translation>
    </message>
    <message>
      <source>an '原文：' line that follows no thought (发表想法)</source>
      <translation>这行“原文：”前面没有对应的想法（发表想法）</translation>
    </message>
    <message>
      <source>a line that is neither a ◆ chapter, a '&gt;' highlight nor a note on a chapter</source>
      <translation>这一行既不是 ◆ 开头的章节、“&gt;”开头的划线，也不是章节下的笔记</translation>
    </message>
    <message>
      <source>a line that is neither a chapter title (two blank lines before it) nor part of the note above it</source>
      <translation>这一行既不是章节标题（前面空两行），也不属于上面那条笔记</translation>
    </message>
  </context>
</TS>
