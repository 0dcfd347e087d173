package parse

// Programs running under a locale other than English write their level words in its language:
// java.util.logging's names in the JDK's translations (Tomcat's level column and the second line
// of SimpleFormatter's records under a Chinese, Japanese, Korean or Brazilian JVM), PostgreSQL's
// severities with lc_messages set, Windows' level names in an Event Viewer export, and the words
// programs of those countries write themselves. translatedLevels maps the words, as they are
// written, onto the nine levels; the facts are the JDK's logging resources, PostgreSQL's message
// catalogues and Windows' level display names.
//
// Where two translations disagree the JDK's SEVERE decides: Japanese 重大 is SEVERE (error) in
// java.util.logging and Critical in Windows; 詳細 is Traditional Chinese FINE (debug) and Japanese
// FINER, read as debug.
var translatedLevels = map[string]translatedLevel{
	// The JDK's names in German, French, Spanish, Italian and Portuguese, in capitals as
	// java.util.logging writes them (Tomcat's "02-Dez.-2026 07:41:16.101 SCHWERWIEGEND …"); in
	// other cases they are words of those languages.
	"SCHWERWIEGEND": {Error, true}, "GRAVE": {Error, true},
	"WARNUNG": {Warn, true}, "AVERTISSEMENT": {Warn, true}, "ADVERTENCIA": {Warn, true}, "AVVERTENZA": {Warn, true}, "ADVERTÊNCIA": {Warn, true},
	"KONFIGURATION": {Info, true}, "INFOS": {Info, true}, "INFORMACIÓN": {Info, true}, "INFORMAÇÕES": {Info, true},
	"INFORMAZIONI": {Info, true}, "CONFIGURAR": {Info, true},
	"FEIN": {Debug, true}, "FINO": {Debug, true}, "PRECIS": {Debug, true}, "FEINER": {Trace, true},
	// Windows PowerShell's verbose stream's prefix under a German or a French UI culture
	// ("AUSFÜHRLICH: …", "COMMENTAIRES : …"), as its English VERBOSE: is read.
	"AUSFÜHRLICH": {Debug, true}, "COMMENTAIRES": {Debug, true},
	// Chinese, simplified: JUL (严重 信息 配置 详细 较详细 非常详细), Windows (错误 关键), programs (调试 致命).
	"严重": {Error, true}, "警告": {Warn, true}, "信息": {Info, true}, "配置": {Info, true},
	"详细": {Debug, true}, "较详细": {Trace, true}, "非常详细": {Trace, true},
	"错误": {Error, true}, "关键": {Critical, true}, "调试": {Debug, true}, "致命": {Critical, true},
	// Chinese, traditional: JUL (嚴重 資訊 組態 詳細 較詳細 最詳細), Windows (錯誤 重要).
	"嚴重": {Error, true}, "資訊": {Info, true}, "組態": {Info, true}, "詳細": {Debug, true},
	"較詳細": {Trace, true}, "最詳細": {Trace, true}, "錯誤": {Error, true}, "偵錯": {Debug, true},
	// Japanese: JUL (重大 情報 構成 普通 最も詳細), Windows (エラー), programs (デバッグ 致命的).
	"重大": {Error, true}, "情報": {Info, true}, "構成": {Info, true}, "普通": {Debug, true},
	"最も詳細": {Trace, true}, "エラー": {Error, true}, "デバッグ": {Debug, true}, "致命的": {Critical, true},
	// Korean: JUL (심각 경고 정보 구성 미세), Windows (오류 위험), programs (에러 디버그 치명적).
	"심각": {Error, true}, "경고": {Warn, true}, "정보": {Info, true}, "구성": {Info, true},
	"미세": {Debug, true}, "오류": {Error, true}, "위험": {Critical, true}, "에러": {Error, true},
	"디버그": {Debug, true}, "치명적": {Critical, true},
	// Russian: PostgreSQL (ОТЛАДКА ИНФОРМАЦИЯ ЗАМЕЧАНИЕ ПРЕДУПРЕЖДЕНИЕ ОШИБКА СООБЩЕНИЕ ВАЖНО
	// ПАНИКА), Windows (Сведения Предупреждение Ошибка Критический Подробности).
	"ОТЛАДКА": {Debug, true}, "ИНФОРМАЦИЯ": {Info, true}, "ЗАМЕЧАНИЕ": {Notice, true},
	"ПРЕДУПРЕЖДЕНИЕ": {Warn, true}, "ОШИБКА": {Error, true}, "СООБЩЕНИЕ": {Info, true},
	"ВАЖНО": {Critical, true}, "ПАНИКА": {Critical, true}, "КРИТИЧЕСКАЯ": {Critical, true},
	"Сведения": {Info, false}, "Информация": {Info, false}, "Предупреждение": {Warn, false},
	"Ошибка": {Error, false}, "Критический": {Critical, false}, "Подробности": {Debug, false},
	// German: PostgreSQL (FEHLER HINWEIS PANIK), Windows (Informationen Warnung Fehler Kritisch
	// Ausführlich).
	"FEHLER": {Error, true}, "HINWEIS": {Notice, true}, "PANIK": {Critical, true}, "KRITISCH": {Critical, true},
	"Informationen": {Info, false}, "Warnung": {Warn, false}, "Fehler": {Error, false},
	"Kritisch": {Critical, false}, "Ausführlich": {Debug, false},
	// French: PostgreSQL (ERREUR ATTENTION), Windows (Avertissement Erreur Critique Commentaires).
	"ERREUR": {Error, true}, "ATTENTION": {Warn, true}, "CRITIQUE": {Critical, true},
	"Avertissement": {Warn, false}, "Erreur": {Error, false}, "Critique": {Critical, false},
	// Spanish, Portuguese and Italian: PostgreSQL (PÁNICO), the current JDK's Brazilian names in
	// mixed case (Grave Advertência Informações Configuração), Windows (Advertencia Información
	// Crítico Aviso Erro Errore Avviso Informazioni Critico).
	"PÁNICO": {Critical, true}, "CRÍTICO": {Critical, true},
	"AVISO": {Warn, true}, "PÂNICO": {Critical, true}, // PostgreSQL in Portuguese, beside its ERRO
	"Grave": {Error, false}, "Advertência": {Warn, false}, "Informações": {Info, false},
	"Configuração": {Info, false}, "Advertencia": {Warn, false}, "Información": {Info, false},
	"Crítico": {Critical, false}, "Aviso": {Warn, false}, "Erro": {Error, false},
	"Errore": {Error, false}, "Avviso": {Warn, false}, "Informazioni": {Info, false}, "Critico": {Critical, false},
	// More of the JDK's translations: Swedish (ALLVARLIG VARNING KONFIGURATION FIN FINARE FINAST),
	// Italian (CONFIGURAZIONE BUONO MIGLIORE), Spanish (DETALLADO), French with its accent (PRÉCIS).
	// Not Swedish's FIN, a status word in English tables (PAN-OS' "Commit FIN OK").
	"ALLVARLIG": {Error, true}, "VARNING": {Warn, true}, "FINARE": {Trace, true},
	"FINAST": {Trace, true}, "CONFIGURAZIONE": {Info, true}, "BUONO": {Debug, true}, "MIGLIORE": {Trace, true},
	"DETALLADO": {Debug, true}, "PRÉCIS": {Debug, true},
	// More of PostgreSQL's catalogues: Italian (ERRORE ATTENZIONE FATALE), Swedish (FEL FATALT),
	// Ukrainian (ЗАПИСУВАННЯ ПОМИЛКА ПОПЕРЕДЖЕННЯ ФАТАЛЬНО), Chinese (致命错误), Korean (치명적오류).
	// Not their words for LOG (LOGG, 日志, 로그, ログ): they are the word "log", which opens messages.
	"ERRORE": {Error, true}, "ATTENZIONE": {Warn, true}, "FATALE": {Critical, true},
	"FEL": {Error, true}, "FATALT": {Critical, true},
	"ЗАПИСУВАННЯ": {Info, true}, "ПОМИЛКА": {Error, true}, "ПОПЕРЕДЖЕННЯ": {Warn, true}, "ФАТАЛЬНО": {Critical, true},
	"致命错误": {Critical, true}, "치명적오류": {Critical, true},
	// More of Windows' level names: French (Informations), Turkish (Bilgi Uyarı Hata Kritik), Polish
	// (Informacje Ostrzeżenie Błąd Krytyczny).
	"Informations": {Info, false}, "Bilgi": {Info, false}, "Uyarı": {Warn, false}, "Hata": {Error, false},
	"Kritik": {Critical, false}, "Informacje": {Info, false}, "Ostrzeżenie": {Warn, false}, "Błąd": {Error, false},
	"Krytyczny": {Critical, false},
	// Dutch Windows (Informatie Waarschuwing Fout Kritiek Uitgebreid) and Portugal's Informação.
	"Informatie": {Info, false}, "Waarschuwing": {Warn, false}, "Fout": {Error, false},
	"Kritiek": {Critical, false}, "Uitgebreid": {Debug, false}, "Informação": {Info, false},
	// Windows' level names in the Nordic languages, Hungarian, Czech and Greek: Finnish (Tiedot
	// Varoitus Virhe Kriittinen), Swedish (Varning Fel Kritisk Utförlig), Danish (Oplysninger
	// Advarsel Fejl Kritisk), Norwegian (Informasjon Advarsel Feil Kritisk), Hungarian (Információ
	// Figyelmeztetés Hiba Kritikus Részletes), Czech (Informace Upozornění Kritická), Greek
	// (Πληροφορίες Προειδοποίηση Σφάλμα Κρίσιμο).
	"Tiedot": {Info, false}, "Varoitus": {Warn, false}, "Virhe": {Error, false}, "Kriittinen": {Critical, false},
	"Varning": {Warn, false}, "Fel": {Error, false}, "Kritisk": {Critical, false}, "Utförlig": {Debug, false},
	"Oplysninger": {Info, false}, "Advarsel": {Warn, false}, "Fejl": {Error, false},
	"Informasjon": {Info, false}, "Feil": {Error, false},
	"Információ": {Info, false}, "Figyelmeztetés": {Warn, false}, "Hiba": {Error, false}, "Kritikus": {Critical, false}, "Részletes": {Debug, false},
	"Informace": {Info, false}, "Upozornění": {Warn, false}, "Kritická": {Critical, false}, // not Chyba, Polish for "probably"
	"Πληροφορίες": {Info, false}, "Προειδοποίηση": {Warn, false}, "Σφάλμα": {Error, false}, "Κρίσιμο": {Critical, false},
	// Georgian: PostgreSQL (ჟურნალი, its LOG, is the word for a journal, not "log"; შეცდომა
	// გაფრთხილება ფატალური).
	"ჟურნალი": {Info, true}, "შეცდომა": {Error, true}, "გაფრთხილება": {Warn, true}, "ფატალური": {Critical, true},
}

// translatedLevel is one of translatedLevels' words: its level, and whether it may stand where a
// level must be written in capitals (levelToken's strict mode): words in capitals, and words of
// scripts without case. A capitalized word ("Fehler", "Aviso") is a level only where a level is
// looked for in any case.
type translatedLevel struct {
	level Level
	caps  bool
}

// maxTranslatedLevel is the longest of translatedLevels' words in bytes ("გაფრთხილება").
const maxTranslatedLevel = 33

// translatedShapes marks, by first byte, the lengths of translatedLevels' words, so that a word
// of another length or first byte (most words ParseLevel is asked about) is not looked up.
var translatedShapes = func() (t [256]uint64) {
	for w := range translatedLevels {
		t[w[0]] |= 1 << len(w)
	}
	return t
}()

// translatedWord returns the level of a word translatedLevels holds.
func translatedWord(word []byte) (translatedLevel, bool) {
	if len(word) < 2 || len(word) > maxTranslatedLevel || translatedShapes[word[0]]&(1<<len(word)) == 0 {
		return translatedLevel{}, false
	}
	tl, ok := translatedLevels[string(word)]
	return tl, ok
}
