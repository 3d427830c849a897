<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>LogDialog</name>
    <message>
        <source>Progress</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>進度</translation>
    </message>
    <message>
        <source>Started</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>開始</translation>
    </message>
    <message>
        <source>Finished</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>讀完</translation>
    </message>
    <message>
        <source>Paused</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>擱置</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>棄讀</translation>
    </message>
    <message>
        <source>pages</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>頁</translation>
    </message>
    <message>
        <source>percent</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>百分比</translation>
    </message>
    <message>
        <source>minutes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>分鐘</translation>
    </message>
    <message>
        <source>episodes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>集</translation>
    </message>
    <message>
        <source>Log: {title}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>記錄進度：{title}</translation>
    </message>
    <message>
        <source>&amp;Started today</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>今天開始(&amp;S)</translation>
    </message>
    <message>
        <source>F&amp;inished today</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>今天讀完(&amp;I)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>做了什麼</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>how far, in {unit} (optional)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>進度，單位：{unit}（可不填）</translation>
    </message>
    <message>
        <source>Amount in {unit}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>進度（{unit}）</translation>
    </message>
    <message>
        <source>time spent: 45m, 1h30m or minutes (optional)</source>
        <translation>花費時間：45m、1h30m 或分鐘數（可不填）</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>花費時間</translation>
    </message>
    <message>
        <source>Rating (optional)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>評分（可不填）</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>事件(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Amount ({unit}):</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>進度（{unit}）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Time spent:</source>
        <translation>花費時間(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Rating (optional):</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>評分（可不填）(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>RatingPrompt</name>
    <message>
        <source>Skip</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>跳過</translation>
    </message>
    <message>
        <source>Finished</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>讀完了</translation>
    </message>
    <message>
        <source>Rate “{title}”? (optional)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>給《{title}》打個分吧？（可跳過）</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %Ln entries</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>讀完了 %Ln 個條目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate these %Ln entries? (optional)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>給這 %Ln 個條目打個分吧？（可跳過）</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating (optional)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>評分（可跳過）</translation>
    </message>
    <message>
        <source>Keys 1–5 or ←/→ · Enter saves · Esc skips</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>按 1–5 或 ←/→ 打分 · Enter 儲存 · Esc 跳過</translation>
    </message>
</context>
</TS>
