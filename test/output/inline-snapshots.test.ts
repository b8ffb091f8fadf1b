// What people see, written out in full: the match table, Markdown and CSV, and `kp show` for a
// municipality (in both languages), a partner abroad and a country. On the shipped data, at 80
// columns, without colour. A change to the ranking changes the match snapshots: update them
// (vitest -u) only when the ranking was meant to change.
/* eslint-disable no-irregular-whitespace -- Swedish numbers group thousands with a no-break space
   ("9 957"), as kp writes them; the snapshots hold that character. */
import { describe, expect, it } from 'vitest';
import { kp } from '../helpers.js';

const ENV = { COLUMNS: '80', NO_COLOR: '1' };
const KENYA = ['match', '--country', 'Kenya', '--theme', 'refugees', '--limit', '3'];

async function out(args: readonly string[]): Promise<string> {
  const r = await kp(args, { env: ENV });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

describe('kp match --country Kenya --theme refugees --limit 3', () => {
  it('as a table', async () => {
    expect(await out(KENYA)).toMatchInlineSnapshot(`
      "Swedish parties for a municipality in Kenya · themes: refugee inclusion and
      integration

       # Name      Where                   Score  Why
      1. Borlänge  Sweden, Dalarnas län     53.2  shares themes: refugee inclusion and
                                                    integration
                                                  3 KP partnerships
                                                  worked with Lodwar, Kenya (projekt,
                                                    2018–)
      2. Umeå      Sweden                   46.3  related themes: refugee inclusion
                   Västerbottens län                and integration (through social
                                                    inclusion: a broader theme)
                                                  works with Kisumu County, Kenya
                                                    (projekt); worked with Kisumu
                                                    County, Kenya (network,
                                                    2022–2025); Kajiado County, Kenya
                                                    (projekt, 2016–2019)
                                                  4 KP partnerships (2 active)
      3. Ekerö     Sweden, Stockholms län   46.2  shares themes: refugee inclusion and
                                                    integration
                                                  2 KP partnerships
                                                  close to Swedish parties with KP
                                                    experience in Kenya: Upplands-Bro
                                                    (24 km), Norrköping (121 km)

      showing 3 of 85; --limit N shows more, --all also ranks Swedish parties with no
      KP history
      "
    `);
  });

  it('as Markdown', async () => {
    expect(await out([...KENYA, '--format', 'md'])).toMatchInlineSnapshot(`
      "**Swedish parties for a municipality in Kenya · themes: refugee inclusion and integration**

      | # | Name | Where | Score | Why |
      |---:|---|---|---:|---|
      | 1 | Borlänge | Sweden, Dalarnas län | 53.2 | shares themes: refugee inclusion and integration; 3 KP partnerships; worked with Lodwar, Kenya (projekt, 2018–) |
      | 2 | Umeå | Sweden, Västerbottens län | 46.3 | related themes: refugee inclusion and integration (through social inclusion: a broader theme); works with Kisumu County, Kenya (projekt); worked with Kisumu County, Kenya (network, 2022–2025); Kajiado County, Kenya (projekt, 2016–2019); 4 KP partnerships (2 active); close to Swedish parties with KP experience in Kenya: Region Västerbotten (0 km), Robertsfors (50 km), Lycksele (115 km); 97 residents born in Kenya (0.07 %, 1.3× the Swedish average; SCB 2025) |
      | 3 | Ekerö | Sweden, Stockholms län | 46.2 | shares themes: refugee inclusion and integration; 2 KP partnerships; close to Swedish parties with KP experience in Kenya: Upplands-Bro (24 km), Norrköping (121 km) |

      showing 3 of 85; --limit N shows more, --all also ranks Swedish parties with no KP history
      "
    `);
  });

  it('as CSV', async () => {
    expect(await out([...KENYA, '--format', 'csv'])).toMatchInlineSnapshot(`
      "rank,name,kind,code or id,county or province,country,score,theme points,country points,region points,experience points,capacity points,seeking points,size points,diaspora points,nearby points,shared themes,partnerships in the country,reasons,sources,country on ICLD's current list,note
      1,Borlänge,municipality,2081,Dalarnas län,Sweden,53.2,31,7,0,9,6.2,0,0,0,0,Refugee inclusion and integration,"Lodwar (projekt, 2018–, ended)","shares themes: refugee inclusion and integration; 3 KP partnerships; worked with Lodwar, Kenya (projekt, 2018–)",https://www.borlange.se/nyheter/aktuellt/arkiv/2019-03-26-demokratistarkande-internationellt-samarbete http://www.cib-uclg.org/news/icld-launches-24-new-international-partnerships-boost-local-democracy https://www.borlange.se/kommun-och-politik/internationellt-arbete/vanorter-och-kommunala-partnerskap,yes,
      2,Umeå,municipality,2480,Västerbottens län,Sweden,46.3,15.5,11.6,0,10.1,6.2,0,0,0.6,2.3,,"Kisumu County (projekt, active); Kisumu County (network, 2022–2025, ended); Kajiado County (projekt, 2016–2019, ended)","related themes: refugee inclusion and integration (through social inclusion: a broader theme); works with Kisumu County, Kenya (projekt); worked with Kisumu County, Kenya (network, 2022–2025); Kajiado County, Kenya (projekt, 2016–2019); 4 KP partnerships (2 active); close to Swedish parties with KP experience in Kenya: Region Västerbotten (0 km), Robertsfors (50 km), Lycksele (115 km); 97 residents born in Kenya (0.07 %, 1.3× the Swedish average; SCB 2025)",https://icld.se/?partner_country=kenya https://icld.se/vart-arbete/natverk-mr/natverk-for-klimatet/ https://ingvarronnback.se/kajiado-county-government-kenya-in-sweden-towards-systems-for-sustainable-waste-and-water-management/,yes,
      3,Ekerö,municipality,0125,Stockholms län,Sweden,46.2,31,0,0,7.4,6.2,0,0,0,1.6,Refugee inclusion and integration,,"shares themes: refugee inclusion and integration; 2 KP partnerships; close to Swedish parties with KP experience in Kenya: Upplands-Bro (24 km), Norrköping (121 km)",,yes,
      "
    `);
  });
});

describe('kp show', () => {
  it('a municipality: Kinda', async () => {
    expect(await out(['show', 'Kinda'])).toMatchInlineSnapshot(`
      "Kinda — municipality, Östergötlands län
        SCB code: 0513
        Population (2024): 9,957
        Location: 58.062° N, 15.660° E (GeoNames)
        Born in partner countries (SCB 2025, of 9,924; × the Swedish share): Ukraine
          58 (0.6 %, 1.3×); Bosnia and Herzegovina 15 (0.2 %, 0.3×)
        Born in other countries in the data: Somalia 92 (0.9 %, 1.5×); Finland 59
          (0.6 %, 0.5×); Lithuania 36 (0.4 %, 2.2×)
        Born in former states (not split by SCB): Yugoslavia 16 (0.2 %)
        KP status: former

        KP partnerships (1)
          Kimilili, Kenya (projekt, case in 2015 evaluation, ended)
            https://docslib.org/doc/11558302/icld-2015-evaluation-of-icld
      "
    `);
  });

  it('a municipality in Swedish: Kinda --lang sv', async () => {
    expect(await out(['show', 'Kinda', '--lang', 'sv'])).toMatchInlineSnapshot(`
      "Kinda — kommun, Östergötlands län
        SCB-kod: 0513
        Folkmängd (2024): 9 957
        Läge: 58,062° N, 15,660° E (GeoNames)
        Födda i samarbetsländer (SCB 2025, av 9 924; × andelen i Sverige): Ukraina 58
          (0,6 %, 1,3×); Bosnien och Hercegovina 15 (0,2 %, 0,3×)
        Födda i andra länder i datan: Somalia 92 (0,9 %, 1,5×); Finland 59 (0,6 %,
          0,5×); Litauen 36 (0,4 %, 2,2×)
        Födda i forna stater (delas inte av SCB): Jugoslavien 16 (0,2 %)
        KP-status: tidigare

        Kommunala partnerskap (1)
          Kimilili, Kenya (projekt, case in 2015 evaluation, avslutat)
            https://docslib.org/doc/11558302/icld-2015-evaluation-of-icld
      "
    `);
  });

  it('a partner abroad: Lodwar', async () => {
    expect(await out(['show', 'Lodwar'])).toMatchInlineSnapshot(`
      "Lodwar — Kenya
        Hosts people from: Somalia (Somali refugees)
        Notes: Borlänge chose Lodwar after an ICLD seminar in Almedalen because both
          have received many Somali refugees; in the förstudie they would focus on
          "fysisk planering, entreprenörskap och kvinnors utsatta situation" and SDGs
          11, 5 and 1 (seed "Olikheter i Borlänge skapar partnerskap med globala mål",
          no URL).

        KP partnerships (3)
          Borlänge (förberedelse → projekt, förberedelse completed by Mar 2019; 3-yr
              project applied for 2019, ended)
            Refugee inclusion and integration, Local democracy, Sustainable
              development, Women's participation and leadership, Gender equality,
              Social inclusion
            https://www.borlange.se/nyheter/aktuellt/arkiv/2019-03-26-demokratistarkande-internationellt-samarbete
          Borlänge (projekt, 2018–, ended)
            Refugee inclusion and integration, Local democracy
            http://www.cib-uclg.org/news/icld-launches-24-new-international-partnerships-boost-local-democracy
          Borlänge (ended)
            Notes: ICLD page icld.se/kommunalt-partnerskap/medborgardialog lists
              "Borlänge och Lodwar i Kenya" among 24 new ICLD partnerships
            https://www.borlange.se/kommun-och-politik/internationellt-arbete/vanorter-och-kommunala-partnerskap
      "
    `);
  });

  it('a country: Kenya', async () => {
    expect(await out(['show', 'Kenya'])).toMatchInlineSnapshot(`
      "Kenya (KE) — Kenya / Kenya
        ICLD: on the current list (East Africa)
        Lists: early20, list21, list19, latest
        Region: Africa, Eastern Africa
        Also known as: Republic of Kenya, Jamhuri ya Kenya, Republiken Kenya

        Swedish parties with relations here (16)
          Region Västerbotten: Homa Bay County (projekt, 2017–, active); Homa Bay
            County (projekt, ended); Kisumu County (projekt, active); Kisumu County
            (network, 2022–2025, ended)
          Robertsfors: Machakos County (network, 2016–2025, ended)
          Borlänge: Lodwar (projekt, 2018–, ended)
          Region Västernorrland: Mombasa County (network, 2014–2025, ended)
          Umeå: Kisumu County (projekt, active); Kisumu County (network, 2022–2025,
            ended); Kajiado County (projekt, 2016–2019, ended)
          Upplands-Bro: Murang'a County (projekt, 2019–2023, ended)
          Arvika: Moi's Bridge (projekt, 2018–2022, ended)
          Hultsfred: Elgeyo Marakwet County (förberedelse, ended)
          Härryda: Homa Bay County (projekt, ended)
          Kinda: Kimilili (projekt, ended)
          Lycksele: Homa Bay County (projekt, ended)
          Norrköping: Uasin Gishu County (projekt, 2015–, ended)
          Region Norrbotten: Kajiado County (projekt, active)
          Region Östergötland: Uasin Gishu County (projekt, ended)
          Öckerö: Mfangano Island (projekt, 2020–2023, ended)
          Värmdö: Homa Bay County (other relation)
      "
    `);
  });
});
