<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>LogDialog</name>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>读完</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>搁置</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>弃读</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>页</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>episodes</source>
        <translation>集</translation>
    </message>
    <message>
        <source>Log: {title}</source>
        <translation>记录进度：{title}</translation>
    </message>
    <message>
        <source>&amp;Started today</source>
        <translation>今天开始(&amp;S)</translation>
    </message>
    <message>
        <source>F&amp;inished today</source>
        <translation>今天读完(&amp;I)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>做了什么</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>how far, in {unit} (optional)</source>
        <translation>进度，单位：{unit}（可不填）</translation>
    </message>
    <message>
        <source>Amount in {unit}</source>
        <translation>进度（{unit}）</translation>
    </message>
    <message>
        <source>time spent: 45m, 1h30m or minutes (optional)</source>
        <translation>用时：45m、1h30m 或分钟数（可不填）</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Rating (optional)</source>
        <translation>评分（可不填）</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>事件(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Amount ({unit}):</source>
        <translation>进度（{unit}）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Time spent:</source>
        <translation>用时(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Rating (optional):</source>
        <translation>评分（可不填）(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>RatingPrompt</name>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>读完了</translation>
    </message>
    <message>
        <source>Rate “{title}”? (optional)</source>
        <translation>给《{title}》打个分吧？（可跳过）</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %Ln entries</source>
        <translation>
            <numerusform>读完了 %Ln 个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate these %Ln entries? (optional)</source>
        <translation>
            <numerusform>给这 %Ln 个条目打个分吧？（可跳过）</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating (optional)</source>
        <translation>评分（可跳过）</translation>
    </message>
    <message>
        <source>Keys 1–5 or ←/→ · Enter saves · Esc skips</source>
        <translation>按 1–5 或 ←/→ 打分 · Enter 保存 · Esc 跳过</translation>
    </message>
</context>
</TS>
