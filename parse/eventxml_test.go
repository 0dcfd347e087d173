package parse

import "testing"

var eventXMLCases = []parseCase{
	{name: "windows event", line: `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Disk'/><EventID>7</EventID><Level>2</Level><TimeCreated SystemTime='2026-02-17T08:59:58.1234567Z'/><Computer>FS01.corp.example.net</Computer></System><EventData><Data>\Device\Harddisk1\DR1</Data></EventData></Event>`,
		format: FormatStamped, level: Error, time: "2026-02-17T08:59:58.1234567Z", host: "FS01.corp.example.net",
		msg: `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Disk'/><EventID>7</EventID><Level>2</Level><TimeCreated SystemTime='2026-02-17T08:59:58.1234567Z'/><Computer>FS01.corp.example.net</Computer></System><EventData><Data>\Device\Harddisk1\DR1</Data></EventData></Event>`,
		why: "Level 2 is an error on the event log's scale; the time is TimeCreated's, the host Computer"},
	{name: "windows event, LogAlways", line: `<Event><System><Level>0</Level><TimeCreated SystemTime="2026-02-17T08:59:58Z"/><Computer>WS7</Computer></System></Event>`,
		format: FormatStamped, time: "2026-02-17T08:59:58Z", host: "WS7",
		msg: `<Event><System><Level>0</Level><TimeCreated SystemTime="2026-02-17T08:59:58Z"/><Computer>WS7</Computer></System></Event>`, why: "level 0 names none"},
	{name: "trace event", line: `<Event Severity="20" Time="1771318798.004112" DateTime="2026-02-17T08:59:58Z" Type="SlowTask" Machine="10.0.0.5:4500" ID="0000000000000000"/>`,
		format: FormatStamped, level: Warn, time: "2026-02-17T08:59:58Z",
		msg: `<Event Severity="20" Time="1771318798.004112" DateTime="2026-02-17T08:59:58Z" Type="SlowTask" Machine="10.0.0.5:4500" ID="0000000000000000"/>`, why: "FoundationDB's severity 20 is a warning; the machine is an address"},
	{name: "an element named Events", line: `<Events count="3" SystemTime='2026-02-17T08:59:58Z'/>`,
		format: FormatStamped, time: "2026-02-17T08:59:58Z", msg: `<Events count="3" SystemTime='2026-02-17T08:59:58Z'/>`, why: "not an event: the locator still finds its time"},
	{name: "windows event behind a syslog header", line: `Feb 17 08:59:58 lx-web3 sysmon: <Event><System><EventID>3</EventID><Level>2</Level><TimeCreated SystemTime="2026-02-17T08:59:58.25Z"/><Computer>lx-web3</Computer></System></Event>`,
		format: FormatRFC3164, level: Error, time: "2026-02-17T08:59:58Z", host: "lx-web3",
		msg:    `<Event><System><EventID>3</EventID><Level>2</Level><TimeCreated SystemTime="2026-02-17T08:59:58.25Z"/><Computer>lx-web3</Computer></System></Event>`,
		fields: map[string]string{"tag": "sysmon"},
		why:    "Sysmon for Linux sends its events to syslog: the event's level, the header's time"},
}

func TestEventXML(t *testing.T) { runCases(t, eventXMLCases) }
