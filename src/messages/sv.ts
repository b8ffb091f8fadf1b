// The messages of ./en.ts in Swedish: the same keys and placeholders.
import type { MessageKey } from './en.js';

export const sv: Readonly<Record<MessageKey, string>> = {
  'note.resolved': '{what}: {input} → {label}',
  'note.resolvedFuzzy': '{what}: {input} → {label} (närmaste träff)',
  'note.resolvedById': '{what}: {input} → {label}; heter också {input}: {others}',
  'note.themesFromProfile': 'teman: inga angivna; använder {name:gen} egna ({n})',
  'note.themesFromProfileAsk': 'teman: inga valda; använder {name:gen} egna ({n})',
  'eligibility.current': '{country} finns på ICLD:s nuvarande lista över samarbetsländer.',
  'eligibility.earlier':
    '{country} finns inte på ICLD:s nuvarande lista över samarbetsländer men fanns på en tidigare: KP kan inte finansiera ett nytt partnerskap där nu; erfarenhet i landet visas ändå, som en kontakt.',
  'eligibility.never':
    '{country} har aldrig funnits på ICLD:s lista över samarbetsländer: KP kan inte finansiera ett partnerskap där; rangordningen visar bara erfarenhet.',
  'note.nothingListed': 'inga {kind} matchar filtren',
  'note.nearRegion': '{name} har ingen egen punkt: kommunerna i {county}',
  'note.nearRegionWithin':
    '{name} har ingen egen punkt: kommunerna i {county}, på alla avstånd (--within behöver en punkt att mäta från)',
  'note.nearUnplaced': '{name} har inget läge i datan: inget kan placeras nära den',
  'note.wrote': 'skrev {file}',

  'what.country': 'land',
  'what.theme': 'tema',
  'what.party': 'part',
  'what.partner': 'partner',
  'what.municipality': 'kommun',
  'what.record': 'namn',
  // "Inget land", men "ingen kommun": räkneordet följer ordets genus.
  'none.country': 'inget land',
  'none.theme': 'inget tema',
  'none.party': 'ingen part',
  'none.partner': 'ingen partner',
  'none.municipality': 'ingen kommun',
  'none.record': 'inget namn',

  'ask.navigate': 'navigera',
  'ask.select': 'välj',
  'ask.noResults': 'Inga träffar',
  'ask.required': 'Ange ett värde',
  'ask.invalid': 'Ogiltigt svar',

  'error.listKind': 'kan inte lista "{kind}": välj {kinds}',
  'error.listOption': '{option} gäller inte `kp list {kind}`',
  'error.listStatus': '--status för {kind} är något av {statuses}, inte "{value}"',
  'error.nearOnly': '--near och --within gäller bara `kp list municipalities`',
  'error.withinNeedsNear': '--within behöver --near NAMN: platsen att mäta från',
  'error.within': '--within tar ett avstånd i kilometer över 0, till exempel 60, inte "{value}"',
  'error.listOneTheme': '`kp list` tar ett --theme',
  'error.showWhat': 'ange vad som ska visas, t.ex. `kp show Borlänge` eller `kp show Kenya`',
  'error.askNeedsTerminal':
    'frågeformuläret behöver en terminal (stdin och stdout); ge svaren till kp match som flaggor i stället:',
  'error.askNoInput':
    'frågeformuläret kan inte fråga med --no-input; ge svaren till kp match som flaggor i stället:',
  'error.askFlags':
    '  kp match --country LAND --theme TEMA        för en kommun utomlands (--from NAMN om den finns i datan)\n' +
    '  kp match --from NAMN [--country LAND] --theme TEMA   för en svensk kommun eller region\n' +
    '  mer: --theme A,B  --all  --weight theme=2  --lang sv  --format csv -o FIL  (kp match --help)',
  'error.askYourFlags': '  med dina flaggor: kp match {flags}',
  'error.tooShort': '{what} "{input}" är för kort: skriv minst tre bokstäver av namnet',
  'error.ambiguous': '{what} "{input}" kan betyda flera poster; använd ett av dessa namn eller id:\n{list}',
  'error.noMatchNearest': '{none} matchar "{input}". Närmast:\n{list}',
  'error.noMatch': '{none} matchar "{input}" (se `kp list {plural}`)',
  'error.needWho':
    'säg vem som frågar: --country LAND (en kommun utomlands) eller --from NAMN (en svensk part eller en känd kommun utomlands)\n  t.ex. kp match --country Kenya --theme refugees',
  'error.allAbroad':
    '--all tar med fler svenska kandidater; med --from en svensk part finns kandidaterna utomlands',
  'error.ineligibleNeedsFrom':
    '--include-ineligible gäller när partner utomlands rangordnas (--from en svensk part)',
  'error.countryConflict': '--country {country} strider mot --from {from}, som ligger i {home}',
  'error.asOf': '--as-of tar ett år, till exempel 2026, inte "{value}"',
  'error.limit': '--limit tar ett heltal kandidater, 1 eller fler, inte "{value}"',
  'error.weight':
    '--weight {problems}: använd namn=tal-par, där talet multiplicerar komponentens standardvikt, t.ex. --weight theme=2,experience=0.5 (komponenter: {components})',
  'error.weightNotPair': '"{text}" är inte namn=tal',
  'error.weightUnknown': '"{text}" är ingen komponent',
  'error.weightRepeated': '"{text}" anger en komponent två gånger: ange varje en gång',
  'error.weightAllZero': 'minst en vikt måste vara över 0',
  'error.themeEmpty': '--theme är tomt: ange ett tema, t.ex. --theme flyktingar (se `kp list themes`)',
  'error.excel': '--excel gäller --format csv, inte {format}',
  'error.formatContradicts':
    '--format {format} motsäger filnamnet {file}, som säger {byName}: ta bort --format, eller döp filen till {ext}',
  'error.formatNotWritten': '{file} ber om {byName}, som detta kommando inte skriver: använd {formats}',
  'error.binaryTerminal':
    'en arbetsbok är binär, inte för terminalen: lägg till -o FIL.xlsx (eller omdirigera: > FIL.xlsx)',
  'error.emptyValue': '{option} är tomt: ge det ett värde',
  'error.repeated': '{option} anges två gånger ({first}, {second}): ange det en gång',
  'error.choice': '{option} "{value}" är inte något av: {choices}',
  'error.noSuchFolder':
    '{given}: mappen finns inte (datan är en mapp med YAML-filer; se `kp validate --help`)',
  'error.notAFolder':
    '{given}: inte en mapp (ange mappen som innehåller YAML-filerna; se `kp validate --help`)',
  'error.dataProblems': '{n} problem i datan i {dir}/',
  'error.dataProblem': '1 problem i datan i {dir}/',
  'error.usageHint': "(kör 'kp --help' för hjälp)",
  'error.unexpected': 'oväntat fel: {message}',
  'error.bug':
    'Det här är ett fel i kp; rapportera det med kommandot du körde (lägg till --debug för detaljer).',
  'error.outputExists': '{file} finns redan; lägg till --force för att ersätta den (den lämnades orörd)',
  'error.cannotWrite': 'kan inte skriva {file}: {reason}',
  'error.cannotWriteOutput': 'kan inte skriva utdata: {reason}',
  'write.noFolder': 'mappen {dir} finns inte',
  'write.notFolder': '{dir} är inte en mapp',
  'write.denied': 'åtkomst nekad',
  'write.readOnly': 'filsystemet är skrivskyddat',
  'write.full': 'inget utrymme kvar på enheten',
  'write.quota': 'diskkvoten är överskriden',
  'write.isFolder': 'det är en mapp; ange en fil i den',
  'write.loop': 'för många symboliska länkar (en slinga?)',
  'write.danglingLink':
    'det är en symbolisk länk till en fil som inte finns; skriv till målets sökväg i stället',
  'write.special': 'det är varken en fil, en teckenenhet eller ett namngivet rör',
  'progress.loading': 'läser in data',
  'progress.hash': 'kontrollerar datafilerna',
  'progress.parse': 'läser',
  'progress.validate': 'korskontrollerar',
  'progress.index': 'indexerar',
  'progress.cache': 'skriver cachen',
  'error.interrupted': 'avbruten',
  'error.terminated': 'avslutad',
};
