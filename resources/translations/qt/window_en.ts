<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>%n change(s) shown, newest first.</source>
        <translation>
            <numerusform>%n change shown, newest first.</numerusform>
            <numerusform>%n changes shown, newest first.</numerusform>
        </translation>
    </message>
</context>
</TS>
