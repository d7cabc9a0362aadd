<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
    <context>
        <name>Actions</name>
        <message>
            <location filename="../ui/actions.py" line="26" />
            <source>&amp;New</source>
            <translation>&amp;Uusi</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="26" />
            <source>Start a new, empty journey</source>
            <translation>Aloita uusi, tyhjä asiakaspolku</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="28" />
            <source>New &amp;Window</source>
            <translation>Uusi i&amp;kkuna</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="30" />
            <source>Open another window, for another journey beside this one</source>
            <translation>Avaa toinen ikkuna toiselle asiakaspolulle tämän rinnalle</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="33" />
            <source>&amp;Open…</source>
            <translation>&amp;Avaa…</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="33" />
            <source>Open a journey file</source>
            <translation>Avaa asiakaspolkutiedosto</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="34" />
            <source>&amp;Save</source>
            <translation>&amp;Tallenna</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="34" />
            <source>Save the journey</source>
            <translation>Tallenna asiakaspolku</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="36" />
            <source>Save &amp;As…</source>
            <translation>Tallenna &amp;nimellä…</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="36" />
            <source>Save the journey under a new name</source>
            <translation>Tallenna asiakaspolku uudella nimellä</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="39" />
            <source>&amp;Export…</source>
            <translation>V&amp;ie…</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="39" />
            <source>Export the map, a chart, a workbook, CSV or Mermaid</source>
            <translation>Vie kartta, kaavio, työkirja, CSV tai Mermaid</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="42" />
            <source>&amp;Import…</source>
            <translation>Tu&amp;o…</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="42" />
            <source>Make a new journey from a workbook or Mermaid text</source>
            <translation>Tee uusi asiakaspolku työkirjasta tai Mermaid-tekstistä</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="45" />
            <source>Import E&amp;vidence…</source>
            <translation>Tuo &amp;mittausaineistoa…</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="47" />
            <source>Ratings from survey answers and customer volumes from an event log</source>
            <translation>Arviot kyselyn vastauksista ja asiakasmäärät tapahtumalokista</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="50" />
            <source>Show the start page: new journeys, examples, recent files</source>
            <translation>Näytä aloitussivu: uudet polut, esimerkit, viimeisimmät tiedostot</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="50" />
            <source>Start &amp;Page</source>
            <translation>Aloitus&amp;sivu</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="52" />
            <source>&amp;Quit</source>
            <translation>&amp;Lopeta</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="52" />
            <source>Close the window</source>
            <translation>Sulje ikkuna</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="54" />
            <source>Copy the selection and remove it</source>
            <translation>Kopioi valinta ja poista se</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="54" />
            <source>Cu&amp;t</source>
            <translation>&amp;Leikkaa</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="55" />
            <source>&amp;Copy</source>
            <translation>K&amp;opioi</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="55" />
            <source>Copy the selection</source>
            <translation>Kopioi valinta</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="57" />
            <source>&amp;Paste</source>
            <translation>L&amp;iitä</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="57" />
            <source>Paste items copied from this or another journey</source>
            <translation>Liitä tästä tai toisesta polusta kopioidut kohteet</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="60" />
            <source>D&amp;uplicate</source>
            <translation>&amp;Monista</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="60" />
            <source>Make a copy of the selected items</source>
            <translation>Tee kopio valituista kohteista</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="63" />
            <source>&amp;Delete</source>
            <translation>&amp;Poista</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="63" />
            <source>Delete the selection and what hangs on it</source>
            <translation>Poista valinta ja siihen liittyvät kohteet</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="65" />
            <source>&amp;Rename</source>
            <translation>&amp;Nimeä uudelleen</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="65" />
            <source>Rename the selected item in place</source>
            <translation>Nimeä valittu kohde uudelleen paikallaan</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="66" />
            <source>Select &amp;All</source>
            <translation>&amp;Valitse kaikki</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="66" />
            <source>Select every step</source>
            <translation>Valitse kaikki kosketuspisteet</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="68" />
            <source>Move &amp;Earlier</source>
            <translation>Siirrä &amp;aiemmaksi</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="68" />
            <source>Move the selected item one place earlier</source>
            <translation>Siirrä valittua kohdetta yksi paikka aiemmaksi</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="71" />
            <source>Move &amp;Later</source>
            <translation>Siirrä m&amp;yöhemmäksi</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="71" />
            <source>Move the selected item one place later</source>
            <translation>Siirrä valittua kohdetta yksi paikka myöhemmäksi</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="75" />
            <source>&amp;Step</source>
            <translation>&amp;Kosketuspiste</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="75" />
            <source>Add a step (touchpoint) after the selected one</source>
            <translation>Lisää kosketuspiste valitun jälkeen</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="78" />
            <source>Add a stage after the selected one</source>
            <translation>Lisää vaihe valitun jälkeen</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="78" />
            <source>St&amp;age</source>
            <translation>&amp;Vaihe</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="80" />
            <source>&amp;Persona</source>
            <translation>&amp;Persoona</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="80" />
            <source>Add a persona</source>
            <translation>Lisää persoona</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="81" />
            <source>&amp;Channel</source>
            <translation>K&amp;anava</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="81" />
            <source>Add a channel</source>
            <translation>Lisää kanava</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="83" />
            <source>&amp;Transition</source>
            <translation>&amp;Siirtymä</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="85" />
            <source>Connect the selected steps in order, or the selected step to the next one</source>
            <translation>Yhdistä valitut kosketuspisteet järjestyksessä tai valittu seuraavaan</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="88" />
            <source>&amp;Opportunity</source>
            <translation>Pa&amp;rannusmahdollisuus</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="88" />
            <source>Add an improvement idea for the selected steps</source>
            <translation>Lisää parannusidea valituille kosketuspisteille</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="91" />
            <source>Make the map larger</source>
            <translation>Suurenna karttaa</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="91" />
            <source>Zoom &amp;In</source>
            <translation>&amp;Lähennä</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="92" />
            <source>Make the map smaller</source>
            <translation>Pienennä karttaa</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="92" />
            <source>Zoom &amp;Out</source>
            <translation>L&amp;oitonna</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="93" />
            <source>&amp;Fit Map</source>
            <translation>&amp;Sovita kartta</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="93" />
            <source>Show the whole map</source>
            <translation>Näytä koko kartta</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="95" />
            <source>&amp;Arrange Lanes…</source>
            <translation>&amp;Järjestä kaistat…</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="95" />
            <source>Choose which lanes the map shows, and their order</source>
            <translation>Valitse, mitkä kaistat kartalla näkyvät ja missä järjestyksessä</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="98" />
            <source>F&amp;ull Screen</source>
            <translation>&amp;Koko näyttö</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="98" />
            <source>Use the whole screen for the window</source>
            <translation>Käytä koko näyttöä ikkunalle</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="102" />
            <source>&amp;Present</source>
            <translation>Esi&amp;tä</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="104" />
            <source>Walk a workshop room through the journey full screen and take its ratings</source>
            <translation>Käy asiakaspolku läpi työpajan kanssa koko näytöllä ja kirjaa sen arviot</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="108" />
            <source>&amp;About journeymap</source>
            <translation>&amp;Tietoja journeymapista</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="108" />
            <source>Version and licence</source>
            <translation>Versio ja lisenssi</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="109" />
            <source>About &amp;Qt</source>
            <translation>Tietoja &amp;Qt:sta</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="109" />
            <source>The Qt version in use</source>
            <translation>Käytössä oleva Qt-versio</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="148" />
            <source>&amp;File</source>
            <translation>&amp;Tiedosto</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="150" />
            <source>Open &amp;Recent</source>
            <translation>&amp;Viimeisimmät</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="158" />
            <source>&amp;Edit</source>
            <translation>&amp;Muokkaa</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="164" />
            <source>&amp;View</source>
            <translation>&amp;Näytä</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="167" />
            <source>&amp;Lanes</source>
            <translation>K&amp;aistat</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="172" />
            <source>&amp;Insert</source>
            <translation>&amp;Lisää</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="183" />
            <source>&amp;Help</source>
            <translation>&amp;Ohje</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="195" />
            <source>Main toolbar</source>
            <translation>Päätyökalurivi</translation>
        </message>
    </context>
    <context>
        <name>AnalysisText</name>
        <message>
            <location filename="../canvas/analysis_text.py" line="70" />
            <source>"{name}"</source>
            <translation>”{name}”</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="104" />
            <source>Ease</source>
            <translation>Vaivattomuus</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="104" />
            <source>Emotion</source>
            <translation>Tunne</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="104" />
            <source>Goal</source>
            <translation>Tavoite</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="111" />
            <source>workshop</source>
            <translation>työpaja</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="112" />
            <source>survey</source>
            <translation>kysely</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="113" />
            <source>interview</source>
            <translation>haastattelu</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="114" />
            <source>analytics</source>
            <translation>analytiikka</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="115" />
            <source>observation</source>
            <translation>havainnointi</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="116" />
            <location filename="../canvas/analysis_text.py" line="140" />
            <source>estimate</source>
            <translation>arvio</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="127" />
            <source>{measure} {mean} · n = {n}</source>
            <translation>{measure} {mean} · n = {n}</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="131" />
            <source>95 % {interval}</source>
            <translation>95 %: {interval}</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="135" />
            <source>spread unknown</source>
            <translation>hajonta ei tiedossa</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="137" />
            <source>includes estimates</source>
            <translation>sisältää arvioita</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="143" />
            <source>{count} not counted</source>
            <translation>{count} ei mukana</translation>
        </message>
        <message>
            <source>a rating of step {step} by persona {persona} refers to an item that does not exist</source>
            <translation>persoonan {persona} arvio kosketuspisteelle {step} viittaa kohteeseen, jota ei ole olemassa</translation>
        </message>
        <message>
            <source>another team takes over, {consequence}</source>
            <translation>asia siirtyy toiselle tiimille, {consequence}</translation>
        </message>
        <message>
            <source>customers at {count} step cannot be worked out (a transition with no volume or share leads there): {steps}</source>
            <translation>asiakasmäärää ei voi laskea {count} kosketuspisteessä (sinne johtaa siirtymä, jolla ei ole määrää eikä osuutta): {steps}</translation>
        </message>
        <message>
            <source>customers at {count} steps cannot be worked out (a transition with no volume or share leads there): {steps}</source>
            <translation>asiakasmääriä ei voi laskea {count} kosketuspisteessä (sinne johtaa siirtymä, jolla ei ole määrää eikä osuutta): {steps}</translation>
        </message>
        <message>
            <source>customers in the loop {steps} never leave it: the shares around the loop add up to 100 % or more, so its counts cannot be worked out</source>
            <translation>silmukan {steps} asiakkaat eivät koskaan pääse siitä pois: silmukan osuudet ovat yhteensä 100 % tai enemmän, joten sen asiakasmääriä ei voi laskea</translation>
        </message>
        <message>
            <source>ease {value}</source>
            <translation>vaivattomuus {value}</translation>
        </message>
        <message>
            <source>emotion {value}</source>
            <translation>tunne {value}</translation>
        </message>
        <message>
            <source>goal {value}</source>
            <translation>tavoite {value}</translation>
        </message>
        <message>
            <source>hand-off from {from_owner} to {to_owner}, {consequence}</source>
            <translation>vastuu siirtyy ({from_owner} → {to_owner}), {consequence}</translation>
        </message>
        <message>
            <source>no step is marked as a start; the steps nothing leads to are used instead</source>
            <translation>yhtään kosketuspistettä ei ole merkitty alkukohdaksi, joten alkuina käytetään kosketuspisteitä, joihin mikään ei johda</translation>
        </message>
        <message>
            <source>no step is marked as a success end, so there is no conversion to report</source>
            <translation>yhtään kosketuspistettä ei ole merkitty onnistuneeksi päätepisteeksi (tavoite saavutettu), joten konversiota ei voi laskea</translation>
        </message>
        <message>
            <source>partner-run</source>
            <translation>kumppanin hoitama</translation>
        </message>
        <message>
            <source>same channel</source>
            <translation>sama kanava</translation>
        </message>
        <message>
            <source>the customer repeats their story</source>
            <translation>asiakas joutuu kertomaan asiansa uudelleen</translation>
        </message>
        <message>
            <source>the customer's history must follow them to the new channel</source>
            <translation>asiakkaan historian on kuljettava hänen mukanaan uuteen kanavaan</translation>
        </message>
        <message>
            <source>the journey has no steps yet</source>
            <translation>asiakaspolulla ei ole vielä kosketuspisteitä</translation>
        </message>
        <message>
            <source>the shares of the transitions out of {step} add up to {rate}, more than all its customers</source>
            <translation>kosketuspisteestä {step} lähtevien siirtymien osuudet ovat yhteensä {rate}, enemmän kuin kaikki sen asiakkaat</translation>
        </message>
        <message>
            <source>the start {step} has no volume; {count} customers are assumed, so counts are notional and rates are real</source>
            <translation>alkukohdalle {step} ei ole annettu asiakasmäärää; oletetaan {count} asiakasta, joten määrät ovat suuntaa antavia mutta osuudet todellisia</translation>
        </message>
        <message>
            <source>third party, outside our control</source>
            <translation>kolmas osapuoli, ei omassa hallinnassamme</translation>
        </message>
        <message>
            <source>transition {transition} connects a step that does not exist</source>
            <translation>siirtymä {transition} yhdistää kosketuspisteen, jota ei ole olemassa</translation>
        </message>
        <message>
            <source>transition {transition} says {volume} customers but {share} of {inflow} is {expected}</source>
            <translation>siirtymän {transition} määrä on {volume} asiakasta, mutta {share} luvusta {inflow} on {expected}</translation>
        </message>
        <message>
            <source>who may not see what came before</source>
            <translation>eikä uusi vastuutaho välttämättä näe, mitä aiemmin tapahtui</translation>
        </message>
        <message>
            <source>{count} customer leaves here ({rate})</source>
            <translation>{count} asiakas poistuu ({rate})</translation>
        </message>
        <message>
            <source>{count} customer lost here ({rate})</source>
            <translation>{count} asiakas menetetty ({rate})</translation>
        </message>
        <message>
            <source>{count} customers leave here ({rate})</source>
            <translation>{count} asiakasta poistuu ({rate})</translation>
        </message>
        <message>
            <source>{count} customers lost here ({rate})</source>
            <translation>{count} asiakasta menetetty ({rate})</translation>
        </message>
        <message>
            <source>{from_channel} → {to_channel}</source>
            <translation>{from_channel} → {to_channel}</translation>
        </message>
        <message>
            <source>{from_channel} → {to_channel} ({outside})</source>
            <translation>{from_channel} → {to_channel} ({outside})</translation>
        </message>
        <message>
            <source>{head}: {reason}</source>
            <translation>{head}: {reason}</translation>
        </message>
        <message>
            <source>{names} and {count} more</source>
            <translation>{names} ja {count} muuta</translation>
        </message>
        <message>
            <source>{out} customers leave {step} but only {inflow} reach it</source>
            <translation>kosketuspisteestä {step} lähtee {out} asiakasta, mutta sinne saapuu vain {inflow}</translation>
        </message>
        <message>
            <source>{persona} has no ratings at {count} step: {steps}</source>
            <translation>persoonalta ”{persona}” puuttuu arvio {count} kosketuspisteestä: {steps}</translation>
        </message>
        <message>
            <source>{persona} has no ratings at {count} steps: {steps}</source>
            <translation>persoonalta ”{persona}” puuttuvat arviot {count} kosketuspisteestä: {steps}</translation>
        </message>
        <message>
            <source>{steps} form a loop: customers can come back ({count} transition)</source>
            <translation>{steps} muodostavat silmukan: asiakkaat voivat palata ({count} siirtymä)</translation>
        </message>
        <message>
            <source>{steps} form a loop: customers can come back ({count} transitions)</source>
            <translation>{steps} muodostavat silmukan: asiakkaat voivat palata ({count} siirtymää)</translation>
        </message>
        <message>
            <source>{steps} returns to itself: customers can come back ({count} transition)</source>
            <translation>{steps} johtaa takaisin itseensä: asiakkaat voivat palata ({count} siirtymä)</translation>
        </message>
        <message>
            <source>{steps} returns to itself: customers can come back ({count} transitions)</source>
            <translation>{steps} johtaa takaisin itseensä: asiakkaat voivat palata ({count} siirtymää)</translation>
        </message>
        <message>
            <source>{step} cannot be reached from any start</source>
            <translation>kosketuspisteeseen {step} ei pääse mistään alkukohdasta</translation>
        </message>
        <message>
            <source>{step} has {measured} customers recorded, but its transitions in bring {total}</source>
            <translation>kosketuspisteeseen {step} on kirjattu {measured} asiakasta, mutta sinne johtavat siirtymät tuovat {total}</translation>
        </message>
        <message>
            <source>{step} leads nowhere but is not marked as a success end or an exit</source>
            <translation>kosketuspisteestä {step} ei jatketa minnekään, mutta sitä ei ole merkitty päätepisteeksi (tavoite saavutettu tai keskeytys)</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../ui/app.py" line="132" />
            <source>an unnamed journey</source>
            <translation>nimetön asiakaspolku</translation>
        </message>
        <message>
            <location filename="../ui/app.py" line="134" />
            <source>a copy of {path}</source>
            <translation>kopio tiedostosta {path}</translation>
        </message>
        <message>
            <location filename="../ui/app.py" line="136" />
            <source>never saved to a file</source>
            <translation>ei koskaan tallennettu tiedostoon</translation>
        </message>
        <message>
            <location filename="../ui/app.py" line="138" />
            <source>unknown time</source>
            <translation>tuntematon aika</translation>
        </message>
        <message>
            <location filename="../ui/app.py" line="139" />
            <source>“{name}” ({where}), autosaved at {when}.</source>
            <translation>”{name}” ({where}), automaattisesti tallennettu {when}.</translation>
        </message>
        <message>
            <location filename="../ui/app.py" line="157" />
            <source>Cannot recover the journey</source>
            <translation>Asiakaspolkua ei voi palauttaa</translation>
        </message>
    </context>
    <context>
        <name>ArrangeLanesDialog</name>
        <message>
            <location filename="../ui/map/lanes.py" line="151" />
            <source>Arrange Lanes</source>
            <translation>Järjestä kaistat</translation>
        </message>
        <message>
            <location filename="../ui/map/lanes.py" line="155" />
            <source>Tick the lanes the map shows; the list's order is their order, top to bottom.</source>
            <translation>Rastita kartalla näkyvät kaistat; luettelon järjestys on niiden järjestys ylhäältä alas.</translation>
        </message>
        <message>
            <location filename="../ui/map/lanes.py" line="168" />
            <source>Move &amp;Up</source>
            <translation>Siirrä &amp;ylös</translation>
        </message>
        <message>
            <location filename="../ui/map/lanes.py" line="169" />
            <source>Move the lane one place up (Alt+Up)</source>
            <translation>Siirrä kaistaa yksi paikka ylös (Alt+Ylös)</translation>
        </message>
        <message>
            <location filename="../ui/map/lanes.py" line="170" />
            <source>Move &amp;Down</source>
            <translation>Siirrä &amp;alas</translation>
        </message>
        <message>
            <location filename="../ui/map/lanes.py" line="171" />
            <source>Move the lane one place down (Alt+Down)</source>
            <translation>Siirrä kaistaa yksi paikka alas (Alt+Alas)</translation>
        </message>
        <message>
            <location filename="../ui/map/lanes.py" line="237" />
            <source>Show at least one lane.</source>
            <translation>Näytä vähintään yksi kaista.</translation>
        </message>
        <message>
            <location filename="../ui/map/lanes.py" line="245" />
            <source>Arrange lanes</source>
            <translation>Järjestä kaistat</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../ui/dialogs.py" line="57" />
            <source>Unsaved changes</source>
            <translation>Tallentamattomia muutoksia</translation>
        </message>
        <message>
            <location filename="../ui/dialogs.py" line="58" />
            <source>Save the changes to “{name}” before closing it?</source>
            <translation>Tallennetaanko muutokset kohteeseen ”{name}” ennen sulkemista?</translation>
        </message>
        <message>
            <location filename="../ui/dialogs.py" line="59" />
            <source>Your changes are lost if you don't save them.</source>
            <translation>Muutokset menetetään, jos et tallenna niitä.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs.py" line="74" />
            <source>Recover unsaved work</source>
            <translation>Palauta tallentamaton työ</translation>
        </message>
        <message>
            <location filename="../ui/dialogs.py" line="75" />
            <source>journeymap was closed before some work was saved.</source>
            <translation>journeymap suljettiin ennen kuin kaikki työ oli tallennettu.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs.py" line="77" />
            <source>Restore</source>
            <translation>Palauta</translation>
        </message>
        <message>
            <location filename="../ui/dialogs.py" line="78" />
            <source>Discard</source>
            <translation>Hylkää</translation>
        </message>
        <message>
            <location filename="../ui/dialogs.py" line="79" />
            <source>Decide later</source>
            <translation>Päätä myöhemmin</translation>
        </message>
        <message>
            <location filename="../ui/dialogs.py" line="90" />
            <source>“{path}” was changed by another program.</source>
            <translation>Toinen ohjelma muutti tiedostoa ”{path}”.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs.py" line="92" />
            <source>Reload it and lose your unsaved changes?</source>
            <translation>Ladataanko se uudelleen? Tallentamattomat muutokset menetetään.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs.py" line="94" />
            <source>Reload it from disk?</source>
            <translation>Ladataanko se uudelleen levyltä?</translation>
        </message>
        <message>
            <location filename="../ui/dialogs.py" line="98" />
            <source>File changed on disk</source>
            <translation>Tiedosto muuttui levyllä</translation>
        </message>
    </context>
    <context>
        <name>EditActions</name>
        <message>
            <location filename="../ui/edit_actions.py" line="76" />
            <source>Cannot do that: {reason}</source>
            <translation>Ei onnistu: {reason}</translation>
        </message>
        <message>
            <location filename="../ui/edit_actions.py" line="101" />
            <source>New stage</source>
            <translation>Uusi vaihe</translation>
        </message>
        <message>
            <location filename="../ui/edit_actions.py" line="112" />
            <source>New step</source>
            <translation>Uusi kosketuspiste</translation>
        </message>
        <message>
            <location filename="../ui/edit_actions.py" line="116" />
            <location filename="../ui/edit_actions.py" line="247" />
            <source>Stage 1</source>
            <translation>Vaihe 1</translation>
        </message>
        <message>
            <location filename="../ui/edit_actions.py" line="136" />
            <source>New persona</source>
            <translation>Uusi persoona</translation>
        </message>
        <message>
            <location filename="../ui/edit_actions.py" line="144" />
            <source>New channel</source>
            <translation>Uusi kanava</translation>
        </message>
        <message>
            <location filename="../ui/edit_actions.py" line="156" />
            <source>The last step has no next step to connect to</source>
            <translation>Viimeisellä kosketuspisteellä ei ole seuraavaa, johon yhdistää</translation>
        </message>
        <message>
            <location filename="../ui/edit_actions.py" line="160" />
            <source>Select two steps to connect</source>
            <translation>Valitse kaksi yhdistettävää kosketuspistettä</translation>
        </message>
        <message>
            <location filename="../ui/edit_actions.py" line="172" />
            <source>These steps are already connected</source>
            <translation>Nämä kosketuspisteet on jo yhdistetty</translation>
        </message>
        <message>
            <location filename="../ui/edit_actions.py" line="177" />
            <source>Connect {count} steps</source>
            <translation>Yhdistä {count} kosketuspistettä</translation>
        </message>
        <message>
            <location filename="../ui/edit_actions.py" line="181" />
            <source>New opportunity</source>
            <translation>Uusi parannusmahdollisuus</translation>
        </message>
        <message>
            <location filename="../ui/edit_actions.py" line="196" />
            <source>Nothing selected to delete</source>
            <translation>Mitään ei ole valittu poistettavaksi</translation>
        </message>
        <message>
            <location filename="../ui/edit_actions.py" line="203" />
            <source>Delete {count} items</source>
            <translation>Poista {count} kohdetta</translation>
        </message>
        <message>
            <location filename="../ui/edit_actions.py" line="211" />
            <source>Nothing selected to copy</source>
            <translation>Mitään ei ole valittu kopioitavaksi</translation>
        </message>
        <message>
            <location filename="../ui/edit_actions.py" line="218" />
            <source>Copied {count} items</source>
            <translation>Kopioitiin {count} kohdetta</translation>
        </message>
        <message>
            <location filename="../ui/edit_actions.py" line="228" />
            <source>The clipboard holds no journey items</source>
            <translation>Leikepöydällä ei ole asiakaspolun kohteita</translation>
        </message>
        <message>
            <location filename="../ui/edit_actions.py" line="230" />
            <source>Paste {count} items</source>
            <translation>Liitä {count} kohdetta</translation>
        </message>
        <message>
            <location filename="../ui/edit_actions.py" line="235" />
            <source>Nothing selected to duplicate</source>
            <translation>Mitään ei ole valittu monistettavaksi</translation>
        </message>
        <message>
            <location filename="../ui/edit_actions.py" line="237" />
            <source> (copy)</source>
            <translation> (kopio)</translation>
        </message>
        <message>
            <location filename="../ui/edit_actions.py" line="237" />
            <source>Duplicate {count} items</source>
            <translation>Monista {count} kohdetta</translation>
        </message>
        <message>
            <location filename="../ui/edit_actions.py" line="250" />
            <source>Nothing to paste</source>
            <translation>Ei mitään liitettävää</translation>
        </message>
        <message>
            <location filename="../ui/edit_actions.py" line="259" />
            <source>Left out {ratings} ratings by personas this journey lacks and {transitions} transitions whose steps were not copied</source>
            <translation>Jätettiin pois {ratings} arviota persoonilta, joita tässä polussa ei ole, ja {transitions} siirtymää, joiden kosketuspisteitä ei kopioitu</translation>
        </message>
        <message>
            <location filename="../ui/edit_actions.py" line="272" />
            <source>Select a stage, step or other item to move</source>
            <translation>Valitse siirrettävä vaihe, kosketuspiste tai muu kohde</translation>
        </message>
        <message>
            <location filename="../ui/edit_actions.py" line="287" />
            <source>It cannot move further</source>
            <translation>Kohdetta ei voi siirtää pidemmälle</translation>
        </message>
    </context>
    <context>
        <name>EditLabel</name>
        <message>
            <source>Add channel '{name}'</source>
            <translation>Lisää kanava ”{name}”</translation>
        </message>
        <message>
            <source>Add measurement '{name}'</source>
            <translation>Lisää mittaus ”{name}”</translation>
        </message>
        <message>
            <source>Add opportunity '{name}'</source>
            <translation>Lisää parannusmahdollisuus ”{name}”</translation>
        </message>
        <message>
            <source>Add persona '{name}'</source>
            <translation>Lisää persoona ”{name}”</translation>
        </message>
        <message>
            <source>Add rating '{name}'</source>
            <translation>Lisää arvio ”{name}”</translation>
        </message>
        <message>
            <source>Add stage '{name}'</source>
            <translation>Lisää vaihe ”{name}”</translation>
        </message>
        <message>
            <source>Add step '{name}'</source>
            <translation>Lisää kosketuspiste ”{name}”</translation>
        </message>
        <message>
            <source>Add transition '{name}'</source>
            <translation>Lisää siirtymä ”{name}”</translation>
        </message>
        <message>
            <source>Edit channel '{name}'</source>
            <translation>Muokkaa kanavaa ”{name}”</translation>
        </message>
        <message>
            <source>Edit journey</source>
            <translation>Muokkaa asiakaspolkua</translation>
        </message>
        <message>
            <source>Edit measurement '{name}'</source>
            <translation>Muokkaa mittausta ”{name}”</translation>
        </message>
        <message>
            <source>Edit opportunity '{name}'</source>
            <translation>Muokkaa parannusmahdollisuutta ”{name}”</translation>
        </message>
        <message>
            <source>Edit persona '{name}'</source>
            <translation>Muokkaa persoonaa ”{name}”</translation>
        </message>
        <message>
            <source>Edit rating '{name}'</source>
            <translation>Muokkaa arviota ”{name}”</translation>
        </message>
        <message>
            <source>Edit stage '{name}'</source>
            <translation>Muokkaa vaihetta ”{name}”</translation>
        </message>
        <message>
            <source>Edit step '{name}'</source>
            <translation>Muokkaa kosketuspistettä ”{name}”</translation>
        </message>
        <message>
            <source>Edit transition '{name}'</source>
            <translation>Muokkaa siirtymää ”{name}”</translation>
        </message>
        <message>
            <source>Move channel '{name}'</source>
            <translation>Siirrä kanava ”{name}”</translation>
        </message>
        <message>
            <source>Move measurement '{name}'</source>
            <translation>Siirrä mittausta ”{name}”</translation>
        </message>
        <message>
            <source>Move opportunity '{name}'</source>
            <translation>Siirrä parannusmahdollisuus ”{name}”</translation>
        </message>
        <message>
            <source>Move persona '{name}'</source>
            <translation>Siirrä persoona ”{name}”</translation>
        </message>
        <message>
            <source>Move rating '{name}'</source>
            <translation>Siirrä arvio ”{name}”</translation>
        </message>
        <message>
            <source>Move stage '{name}'</source>
            <translation>Siirrä vaihe ”{name}”</translation>
        </message>
        <message>
            <source>Move step '{name}'</source>
            <translation>Siirrä kosketuspiste ”{name}”</translation>
        </message>
        <message>
            <source>Move transition '{name}'</source>
            <translation>Siirrä siirtymä ”{name}”</translation>
        </message>
        <message>
            <source>Rate step '{step}' for '{persona}'</source>
            <translation>Arvioi kosketuspiste ”{step}” persoonan ”{persona}” näkökulmasta</translation>
        </message>
        <message>
            <source>Record {measure} of step '{step}' for '{persona}'</source>
            <translation>Kirjaa {measure}: kosketuspiste ”{step}”, persoona ”{persona}”</translation>
        </message>
        <message>
            <source>Remove channel '{name}'</source>
            <translation>Poista kanava ”{name}”</translation>
        </message>
        <message>
            <source>Remove measurement '{name}'</source>
            <translation>Poista mittaus ”{name}”</translation>
        </message>
        <message>
            <source>Remove opportunity '{name}'</source>
            <translation>Poista parannusmahdollisuus ”{name}”</translation>
        </message>
        <message>
            <source>Remove persona '{name}'</source>
            <translation>Poista persoona ”{name}”</translation>
        </message>
        <message>
            <source>Remove rating '{name}'</source>
            <translation>Poista arvio ”{name}”</translation>
        </message>
        <message>
            <source>Remove stage '{name}'</source>
            <translation>Poista vaihe ”{name}”</translation>
        </message>
        <message>
            <source>Remove step '{name}'</source>
            <translation>Poista kosketuspiste ”{name}”</translation>
        </message>
        <message>
            <source>Remove transition '{name}'</source>
            <translation>Poista siirtymä ”{name}”</translation>
        </message>
        <message>
            <source>Remove {count} channels</source>
            <translation>Poista {count} kanavaa</translation>
        </message>
        <message>
            <source>Remove {count} measurements</source>
            <translation>Poista {count} mittausta</translation>
        </message>
        <message>
            <source>Remove {count} opportunities</source>
            <translation>Poista {count} parannusmahdollisuutta</translation>
        </message>
        <message>
            <source>Remove {count} personas</source>
            <translation>Poista {count} persoonaa</translation>
        </message>
        <message>
            <source>Remove {count} ratings</source>
            <translation>Poista {count} arviota</translation>
        </message>
        <message>
            <source>Remove {count} stages</source>
            <translation>Poista {count} vaihetta</translation>
        </message>
        <message>
            <source>Remove {count} steps</source>
            <translation>Poista {count} kosketuspistettä</translation>
        </message>
        <message>
            <source>Remove {count} transitions</source>
            <translation>Poista {count} siirtymää</translation>
        </message>
        <message>
            <source>Rename channel '{name}'</source>
            <translation>Nimeä kanava ”{name}” uudelleen</translation>
        </message>
        <message>
            <source>Rename journey</source>
            <translation>Nimeä asiakaspolku uudelleen</translation>
        </message>
        <message>
            <source>Rename measurement '{name}'</source>
            <translation>Nimeä mittaus ”{name}” uudelleen</translation>
        </message>
        <message>
            <source>Rename opportunity '{name}'</source>
            <translation>Nimeä parannusmahdollisuus ”{name}” uudelleen</translation>
        </message>
        <message>
            <source>Rename persona '{name}'</source>
            <translation>Nimeä persoona ”{name}” uudelleen</translation>
        </message>
        <message>
            <source>Rename rating '{name}'</source>
            <translation>Nimeä arvio ”{name}” uudelleen</translation>
        </message>
        <message>
            <source>Rename stage '{name}'</source>
            <translation>Nimeä vaihe ”{name}” uudelleen</translation>
        </message>
        <message>
            <source>Rename step '{name}'</source>
            <translation>Nimeä kosketuspiste ”{name}” uudelleen</translation>
        </message>
        <message>
            <source>Rename transition '{name}'</source>
            <translation>Nimeä siirtymä ”{name}” uudelleen</translation>
        </message>
    </context>
    <context>
        <name>EditorMapScene</name>
        <message>
            <location filename="../canvas/card_item.py" line="108" />
            <source>(untitled)</source>
            <translation>(nimetön)</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="111" />
            <location filename="../canvas/cells_item.py" line="144" />
            <source>no channel</source>
            <translation>ei kanavaa</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="114" />
            <source>partner</source>
            <translation>kumppani</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="114" />
            <location filename="../canvas/cells_item.py" line="147" />
            <source>third party</source>
            <translation>kolmas osapuoli</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="203" />
            <source>DECISION</source>
            <translation>PÄÄTÖS</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="203" />
            <source>EXIT</source>
            <translation>KESKEYTYS</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="203" />
            <source>START</source>
            <translation>ALKU</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="203" />
            <source>SUCCESS END</source>
            <translation>TAVOITE SAAVUTETTU</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="246" />
            <source>lost</source>
            <translation>menetetty</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="259" />
            <source>{count} customers arrive</source>
            <translation>{count} asiakasta saapuu</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="271" />
            <source>Customers lost here: {drop}</source>
            <translation>Tässä menetetyt asiakkaat: {drop}</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="275" />
            <source>Drag to move · Shift-drag or drag the ⊕ handle to connect · F2 to rename</source>
            <translation>Siirrä vetämällä · yhdistä Vaihto-vetämällä tai ⊕-kahvasta · F2 nimeää uudelleen</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="112" />
            <source>A hollow chip: fewer than 5 answers, or estimates only</source>
            <translation>Ontto merkki: alle 5 vastausta tai pelkkiä arvioita</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="147" />
            <source>app</source>
            <translation>sovellus</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="147" />
            <source>chat</source>
            <translation>chat</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="147" />
            <source>digital</source>
            <translation>digitaalinen</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="147" />
            <source>email</source>
            <translation>sähköposti</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="147" />
            <source>face to face</source>
            <translation>kasvokkain</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="147" />
            <source>letter</source>
            <translation>kirje</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="147" />
            <source>messaging</source>
            <translation>viestipalvelu</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="147" />
            <source>other</source>
            <translation>muu</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="147" />
            <source>phone</source>
            <translation>puhelin</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="147" />
            <source>social media</source>
            <translation>sosiaalinen media</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="147" />
            <source>web</source>
            <translation>verkko</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="149" />
            <source>not ours</source>
            <translation>ei meidän</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="149" />
            <source>partner-run</source>
            <translation>kumppanin hoitama</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="149" />
            <source>run by us</source>
            <translation>meidän hoitama</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="156" />
            <source>⇄ switch from {channels}</source>
            <translation>⇄ vaihto kanavasta {channels}</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="327" />
            <source>+{count} more</source>
            <translation>+{count} lisää</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="72" />
            <source>(unnamed stage)</source>
            <translation>(nimetön vaihe)</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="75" />
            <source>1 step</source>
            <translation>1 kosketuspiste</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="75" />
            <location filename="../canvas/legend.py" line="47" />
            <source>{count} steps</source>
            <translation>{count} kosketuspistettä</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="134" />
            <source>Ratings</source>
            <translation>Arviot</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="136" />
            <source>goal · ease · emotion</source>
            <translation>tavoite · vaivattomuus · tunne</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="140" />
            <location filename="../ui/map/lanes.py" line="47" />
            <location filename="../ui/map/view.py" line="321" />
            <source>Backstage / owner</source>
            <translation>Kulissit / omistaja</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="140" />
            <location filename="../ui/map/lanes.py" line="47" />
            <location filename="../ui/map/view.py" line="321" />
            <source>Channel</source>
            <translation>Kanava</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="140" />
            <location filename="../ui/map/lanes.py" line="47" />
            <location filename="../ui/map/view.py" line="321" />
            <source>Doing</source>
            <translation>Tekee</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="140" />
            <location filename="../ui/map/lanes.py" line="47" />
            <location filename="../ui/map/view.py" line="321" />
            <source>Emotion curve</source>
            <translation>Tunnekäyrä</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="140" />
            <location filename="../ui/map/lanes.py" line="47" />
            <location filename="../ui/map/view.py" line="321" />
            <source>Feeling</source>
            <translation>Tuntee</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="140" />
            <location filename="../ui/map/lanes.py" line="47" />
            <location filename="../ui/map/view.py" line="321" />
            <source>Goal · ease · emotion</source>
            <translation>Tavoite · vaivattomuus · tunne</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="140" />
            <location filename="../ui/map/lanes.py" line="47" />
            <location filename="../ui/map/view.py" line="321" />
            <source>Opportunities</source>
            <translation>Parannusideat</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="140" />
            <location filename="../ui/map/lanes.py" line="47" />
            <location filename="../ui/map/view.py" line="321" />
            <source>Pain points</source>
            <translation>Kipupisteet</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="140" />
            <location filename="../ui/map/lanes.py" line="47" />
            <location filename="../ui/map/view.py" line="321" />
            <source>Thinking</source>
            <translation>Ajattelee</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="140" />
            <location filename="../ui/map/lanes.py" line="47" />
            <location filename="../ui/map/view.py" line="321" />
            <source>Touchpoints</source>
            <translation>Kosketuspisteet</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="169" />
            <source>+2 delighted</source>
            <translation>+2 ilahtunut</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="169" />
            <source>0 neutral</source>
            <translation>0 neutraali</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="169" />
            <source>−2 upset</source>
            <translation>−2 harmistunut</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="36" />
            <location filename="../canvas/legend.py" line="42" />
            <source>Persona: {name}</source>
            <translation>Persoona: {name}</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="40" />
            <source>All personas</source>
            <translation>Kaikki persoonat</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="46" />
            <source>{count} stages</source>
            <translation>{count} vaihetta</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="61" />
            <source>Journey map</source>
            <translation>Asiakaspolkukartta</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="81" />
            <source>Legend</source>
            <translation>Selite</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="97" />
            <source>customers lost at a step</source>
            <translation>kosketuspisteessä menetetyt asiakkaat</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="104" />
            <location filename="../canvas/legend.py" line="117" />
            <source>goal</source>
            <translation>tav.</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="112" />
            <source>ratings: bad → good (dashed = missing)</source>
            <translation>arviot: huono → hyvä (katkoviiva = puuttuu)</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="125" />
            <source>≈ hollow: under 5 answers or an estimate</source>
            <translation>≈ ontto: alle 5 vastausta tai arvio</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="131" />
            <source>width = customers; dashed = going back</source>
            <translation>leveys = asiakkaat; katkoviiva = paluu</translation>
        </message>
        <message>
            <location filename="../export/map_image.py" line="389" />
            <source>continued · part {part} of {parts}</source>
            <translation>jatkuu · osa {part}/{parts}</translation>
        </message>
        <message>
            <location filename="../ui/map/lanes.py" line="78" />
            <source>The map needs at least one lane</source>
            <translation>Kartalla on oltava vähintään yksi kaista</translation>
        </message>
        <message>
            <location filename="../ui/map/lanes.py" line="79" />
            <source>Hide lane '{name}'</source>
            <translation>Piilota kaista ”{name}”</translation>
        </message>
        <message>
            <location filename="../ui/map/lanes.py" line="79" />
            <source>Show lane '{name}'</source>
            <translation>Näytä kaista ”{name}”</translation>
        </message>
        <message>
            <location filename="../ui/map/lanes.py" line="103" />
            <source>Show or hide the lane '{name}'</source>
            <translation>Näytä tai piilota kaista ”{name}”</translation>
        </message>
        <message>
            <location filename="../ui/map/view.py" line="191" />
            <source>Hide Lane '{name}'</source>
            <translation>Piilota kaista ”{name}”</translation>
        </message>
        <message>
            <location filename="../ui/map/view.py" line="192" />
            <source>Take the lane off the map (View ▸ Lanes shows it again)</source>
            <translation>Poista kaista kartalta (Näytä ▸ Kaistat tuo sen takaisin)</translation>
        </message>
        <message>
            <source>ease</source>
            <translation type="vanished">vaiv.</translation>
        </message>
        <message>
            <source>emo</source>
            <translation type="vanished">tun.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="137" />
            <source>&amp;Browse…</source>
            <translation>&amp;Selaa…</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="164" />
            <source>Survey answers</source>
            <translation>Kyselyn vastaukset</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="165" />
            <source>Survey answers (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
            <translation>Kyselyn vastaukset (*.csv *.xlsx *.txt *.tsv);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="170" />
            <source>as recognised</source>
            <translation>tunnistuksen mukaan</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="176" />
            <source>e.g. Customer survey November 2026</source>
            <translation>esim. Asiakaskysely marraskuu 2026</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="178" />
            <source>e.g. 2026-11-01/2026-11-30</source>
            <translation>esim. 2026-11-01/2026-11-30</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="181" />
            <source>&amp;Answers:</source>
            <translation>&amp;Vastaukset:</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="182" />
            <source>&amp;Header rows:</source>
            <translation>Otsikkor&amp;ivejä:</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="183" />
            <source>Recognised as:</source>
            <translation>Tunnistettu:</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="184" />
            <location filename="../ui/files/evidence_dialog.py" line="621" />
            <source>&amp;Persona column:</source>
            <translation>&amp;Persoonan sarake:</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="185" />
            <source>&amp;Label:</source>
            <translation>&amp;Nimi:</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="186" />
            <source>P&amp;eriod:</source>
            <translation>&amp;Jakso:</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="190" />
            <source>Answer</source>
            <translation>Vastaus</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="190" />
            <source>Persona</source>
            <translation>Persoona</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="192" />
            <source>Column</source>
            <translation>Sarake</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="192" />
            <location filename="../ui/files/evidence_dialog.py" line="200" />
            <source>Measure</source>
            <translation>Mittari</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="192" />
            <source>Scale</source>
            <translation>Asteikko</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="192" />
            <location filename="../ui/files/evidence_dialog.py" line="199" />
            <location filename="../ui/files/evidence_dialog.py" line="634" />
            <source>Step</source>
            <translation>Kosketuspiste</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="198" />
            <source>Question</source>
            <translation>Kysymys</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="201" />
            <source>Used</source>
            <translation>Käytetty</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="202" />
            <source>Blank</source>
            <translation>Tyhjä</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="203" />
            <source>Unmapped</source>
            <translation>Ei persoonaa</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="204" />
            <source>Unreadable (rows)</source>
            <translation>Lukukelvoton (rivit)</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="212" />
            <source>L&amp;oad Mapping…</source>
            <translation>&amp;Lataa vastaavuudet…</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="213" />
            <source>Sa&amp;ve Mapping…</source>
            <translation>&amp;Tallenna vastaavuudet…</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="223" />
            <source>First answers:</source>
            <translation>Ensimmäiset vastaukset:</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="225" />
            <source>Personas of the answers:</source>
            <translation>Vastausten persoonat:</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="229" />
            <source>Questions: choose a step and a measure for each column that rates one; the scale is low-high (1-7) or the answers from worst to best, separated by ';'.</source>
            <translation>Kysymykset: valitse kosketuspiste ja mittari jokaiselle sarakkeelle, joka arvioi sellaista; asteikko on alin-ylin (1-7) tai vastaukset huonoimmasta parhaaseen puolipisteillä (;) erotettuina.</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="265" />
            <source>Cannot read the answers</source>
            <translation>Vastauksia ei voi lukea</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="269" />
            <source>{kind}: {headers} header rows, {rows} answers</source>
            <translation>{kind}: {headers} otsikkoriviä, {rows} vastausta</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="278" />
            <source>(none: every answer is one persona's)</source>
            <translation>(ei saraketta: kaikki vastaukset yhden persoonan)</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="300" />
            <source>(not a rating)</source>
            <translation>(ei arvio)</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="307" />
            <location filename="../ui/files/evidence_dialog.py" line="519" />
            <source>ease</source>
            <translation>vaiv.</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="307" />
            <location filename="../ui/files/evidence_dialog.py" line="519" />
            <source>emotion</source>
            <translation>tunne</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="307" />
            <location filename="../ui/files/evidence_dialog.py" line="519" />
            <source>goal reached</source>
            <translation>tavoite saavutettu</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="347" />
            <source>(every answer)</source>
            <translation>(kaikki vastaukset)</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="357" />
            <location filename="../ui/files/evidence_dialog.py" line="779" />
            <source>(blank)</source>
            <translation>(tyhjä)</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="366" />
            <source>(leave out)</source>
            <translation>(jätä pois)</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="418" />
            <source>mapping</source>
            <translation>vastaavuudet</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="457" />
            <source>Load mapping</source>
            <translation>Lataa vastaavuudet</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="463" />
            <source>Cannot load the mapping</source>
            <translation>Vastaavuuksia ei voi ladata</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="471" />
            <location filename="../ui/files/evidence_dialog.py" line="499" />
            <source>The mapping is not complete</source>
            <translation>Vastaavuudet ovat kesken</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="475" />
            <source>Save mapping</source>
            <translation>Tallenna vastaavuudet</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="479" />
            <source>Mapping saved to {path}</source>
            <translation>Vastaavuudet tallennettu: {path}</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="489" />
            <source>Choose a file of survey answers.</source>
            <translation>Valitse kyselyn vastausten tiedosto.</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="489" />
            <source>No answers</source>
            <translation>Ei vastauksia</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="494" />
            <source>Survey {name}</source>
            <translation>Kysely {name}</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="502" />
            <source>The mapping does not fit</source>
            <translation>Vastaavuudet eivät sovi</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="506" />
            <source>No answer could be used.</source>
            <translation>Yhtään vastausta ei voitu käyttää.</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="506" />
            <location filename="../ui/files/evidence_dialog.py" line="746" />
            <source>Nothing imported</source>
            <translation>Mitään ei tuotu</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="509" />
            <source>Import survey answers</source>
            <translation>Tuo kyselyn vastaukset</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="511" />
            <source>Survey answers imported: {count} measurements</source>
            <translation>Kyselyn vastaukset tuotu: {count} mittausta</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="538" />
            <source>{count} measurements; steps: {steps}; personas: {personas}</source>
            <translation>{count} mittausta; kosketuspisteet: {steps}; persoonat: {personas}</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="606" />
            <source>Event log</source>
            <translation>Tapahtumaloki</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="606" />
            <source>Event logs (*.csv *.parquet *.tsv *.txt);;All files (*)</source>
            <translation>Tapahtumalokit (*.csv *.parquet *.tsv *.txt);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="610" />
            <source>Activity mapping</source>
            <translation>Tapahtumien vastaavuudet</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="612" />
            <source>DuckDB (on this computer)</source>
            <translation>DuckDB (tällä tietokoneella)</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="613" />
            <source>Apache Spark</source>
            <translation>Apache Spark</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="614" />
            <source>Add the moves the design lacks as observed transitions</source>
            <translation>Lisää suunnitelmasta puuttuvat siirtymät havaittuina</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="616" />
            <source>&amp;Event log:</source>
            <translation>&amp;Tapahtumaloki:</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="618" />
            <source>&amp;Case column:</source>
            <translation>&amp;Asiakkaan sarake:</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="619" />
            <source>&amp;Activity column:</source>
            <translation>T&amp;apahtuman sarake:</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="620" />
            <source>&amp;Time column:</source>
            <translation>A&amp;jan sarake:</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="625" />
            <source>Activity &amp;mapping:</source>
            <translation>Tapahtumien &amp;vastaavuudet:</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="626" />
            <source>E&amp;ngine:</source>
            <translation>&amp;Moottori:</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="631" />
            <source>Activity that matches no step</source>
            <translation>Tapahtuma, joka ei vastaa kosketuspistettä</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="631" />
            <source>Events</source>
            <translation>Tapahtumia</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="631" />
            <source>Perhaps</source>
            <translation>Ehkä</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="633" />
            <source>Customers</source>
            <translation>Asiakasmäärä</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="633" />
            <source>Move the design lacks</source>
            <translation>Suunnitelmasta puuttuva siirtymä</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="634" />
            <source>Entries</source>
            <translation>Aloituksia</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="634" />
            <source>Visits</source>
            <translation>Käyntejä</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="653" />
            <source>Cannot read the event log</source>
            <translation>Tapahtumalokia ei voi lukea</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="668" />
            <source>(none)</source>
            <translation>(ei valittu)</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="682" />
            <source>Choose an event log.</source>
            <translation>Valitse tapahtumaloki.</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="682" />
            <source>No event log</source>
            <translation>Ei tapahtumalokia</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="688" />
            <source>Choose the case, activity and time columns.</source>
            <translation>Valitse asiakkaan, tapahtuman ja ajan sarakkeet.</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="688" />
            <source>Columns missing</source>
            <translation>Sarakkeita puuttuu</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="701" />
            <location filename="../ui/files/evidence_dialog.py" line="733" />
            <source>Cannot count the event log</source>
            <translation>Tapahtumalokia ei voi laskea</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="714" />
            <source>Counting the event log…</source>
            <translation>Lasketaan tapahtumalokia…</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="746" />
            <source>No activity of the log matches a step.</source>
            <translation>Mikään lokin tapahtuma ei vastaa kosketuspistettä.</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="750" />
            <source>Event log imported: volumes of {count} steps</source>
            <translation>Tapahtumaloki tuotu: {count} kosketuspisteen asiakasmäärät</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="754" />
            <source>Import event log</source>
            <translation>Tuo tapahtumaloki</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="762" />
            <source>{events} events, {matched} at steps, {cases} cases; {repeats} repeats counted once. {share} of {moves} observed moves follow designed transitions. Designed transitions nobody took: {untaken}.</source>
            <translation>{events} tapahtumaa, {matched} kosketuspisteissä, {cases} asiakasta; {repeats} toistoa laskettu kerran. {share} havaituista {moves} siirtymästä kulkee suunniteltuja siirtymiä. Suunnitellut siirtymät, joita kukaan ei kulkenut: {untaken}.</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="804" />
            <source>Import Evidence</source>
            <translation>Tuo mittausaineistoa</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="808" />
            <source>&amp;Survey answers</source>
            <translation>&amp;Kyselyn vastaukset</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="809" />
            <source>Event &amp;log</source>
            <translation>Tapahtuma&amp;loki</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="812" />
            <source>&amp;Import</source>
            <translation>T&amp;uo</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="838" />
            <source>The journey already holds this evidence</source>
            <translation>Asiakaspolussa on jo tämä aineisto</translation>
        </message>
        <message>
            <location filename="../ui/files/evidence_dialog.py" line="843" />
            <source>Cannot import</source>
            <translation>Tuonti ei onnistu</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../ui/files/export_dialog.py" line="64" />
            <source>Mermaid keeps stages, steps, one emotion score per step and the personas who rated it; everything else is left out</source>
            <translation>Mermaid säilyttää vaiheet, kosketuspisteet, yhden tunnearvion kosketuspistettä kohden ja sen antaneet persoonat; kaikki muu jää pois</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../ui/files/export_dialog.py" line="152" />
            <location filename="../ui/files/export_dialog.py" line="209" />
            <source>Export</source>
            <translation>Vie</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="157" />
            <source>PNG image</source>
            <translation>PNG-kuva</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="158" />
            <source>SVG drawing</source>
            <translation>SVG-piirros</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="159" />
            <source>PDF document</source>
            <translation>PDF-asiakirja</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="160" />
            <source>Excel workbook</source>
            <translation>Excel-työkirja</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="161" />
            <source>CSV of steps and ratings</source>
            <translation>CSV kosketuspisteistä ja arvioista</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="162" />
            <source>Mermaid journey text</source>
            <translation>Mermaid journey -teksti</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="167" />
            <source>The whole map</source>
            <translation>Koko kartta</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="169" />
            <source>Emotion curve chart</source>
            <translation>Tunnekäyrä (kaavio)</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="170" />
            <source>Drop-off funnel chart</source>
            <translation>Poistumasuppilo (kaavio)</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="171" />
            <source>Ratings heatmap chart</source>
            <translation>Arvioiden lämpökartta (kaavio)</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="176" />
            <source>All personas</source>
            <translation>Kaikki persoonat</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="188" />
            <source>One page sized to the map</source>
            <translation>Yksi kartan kokoinen sivu</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="189" />
            <source>A4 landscape pages</source>
            <translation>A4-vaakasivut</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="190" />
            <source>A3 landscape pages</source>
            <translation>A3-vaakasivut</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="195" />
            <source>Browse…</source>
            <translation>Selaa…</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="200" />
            <source>Format</source>
            <translation>Muoto</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="201" />
            <source>Content</source>
            <translation>Sisältö</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="202" />
            <source>Persona</source>
            <translation>Persoona</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="203" />
            <source>Resolution</source>
            <translation>Tarkkuus</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="204" />
            <source>PDF pages</source>
            <translation>PDF-sivut</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="205" />
            <source>Save to</source>
            <translation>Tiedosto</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="241" />
            <source>Export to</source>
            <translation>Vie tiedostoon</translation>
        </message>
    </context>
    <context>
        <name>ExportRunner</name>
        <message>
            <location filename="../ui/files/export_dialog.py" line="112" />
            <source>Exporting {name}…</source>
            <translation>Viedään {name}…</translation>
        </message>
    </context>
    <context>
        <name>FileHandler</name>
        <message>
            <location filename="../ui/files/handler.py" line="104" />
            <location filename="../ui/files/handler.py" line="168" />
            <source>Untitled journey</source>
            <translation>Nimetön asiakaspolku</translation>
        </message>
        <message>
            <location filename="../ui/files/handler.py" line="116" />
            <source>Open journey</source>
            <translation>Avaa asiakaspolku</translation>
        </message>
        <message>
            <location filename="../ui/files/handler.py" line="131" />
            <source>Cannot open the journey</source>
            <translation>Asiakaspolkua ei voi avata</translation>
        </message>
        <message>
            <location filename="../ui/files/handler.py" line="135" />
            <source>Opened {path}</source>
            <translation>Avattu {path}</translation>
        </message>
        <message>
            <location filename="../ui/files/handler.py" line="148" />
            <source>Save journey as</source>
            <translation>Tallenna asiakaspolku nimellä</translation>
        </message>
        <message>
            <location filename="../ui/files/handler.py" line="181" />
            <source>Cannot save the journey</source>
            <translation>Asiakaspolkua ei voi tallentaa</translation>
        </message>
        <message>
            <location filename="../ui/files/handler.py" line="190" />
            <source>Saved {path}</source>
            <translation>Tallennettu {path}</translation>
        </message>
        <message>
            <location filename="../ui/files/handler.py" line="196" />
            <source>{name}: {problem}</source>
            <translation>{name}: {problem}</translation>
        </message>
        <message>
            <location filename="../ui/files/handler.py" line="199" />
            <source>{name} has {count} problems. The first one: {problem}</source>
            <translation>Tiedostossa {name} on {count} ongelmaa. Ensimmäinen: {problem}</translation>
        </message>
        <message>
            <location filename="../ui/files/handler.py" line="236" />
            <source>{name} was removed from disk; save to keep it</source>
            <translation>{name} poistettiin levyltä; tallenna, jos haluat säilyttää sen</translation>
        </message>
        <message>
            <location filename="../ui/files/handler.py" line="247" />
            <source>Kept the version in the window</source>
            <translation>Ikkunassa oleva versio säilytettiin</translation>
        </message>
    </context>
    <context>
        <name>FlowScene</name>
        <message>
            <location filename="../ui/flow/scene.py" line="448" />
            <source>Move step '{0}'</source>
            <translation>Siirrä kosketuspiste ”{0}”</translation>
        </message>
        <message>
            <location filename="../ui/flow/scene.py" line="456" />
            <source>Move {0} steps</source>
            <translation>Siirrä {0} kosketuspistettä</translation>
        </message>
        <message>
            <location filename="../ui/flow/scene.py" line="480" />
            <source>Auto layout</source>
            <translation>Automaattinen asettelu</translation>
        </message>
    </context>
    <context>
        <name>FlowView</name>
        <message>
            <location filename="../ui/flow/content.py" line="48" />
            <source>Decision</source>
            <translation>Päätös</translation>
        </message>
        <message>
            <location filename="../ui/flow/content.py" line="48" />
            <source>Exit</source>
            <translation>Keskeytys</translation>
        </message>
        <message>
            <location filename="../ui/flow/content.py" line="48" />
            <source>Start</source>
            <translation>Alku</translation>
        </message>
        <message>
            <location filename="../ui/flow/content.py" line="48" />
            <source>Success end</source>
            <translation>Tavoite saavutettu</translation>
        </message>
        <message>
            <location filename="../ui/flow/content.py" line="48" />
            <source>Touchpoint</source>
            <translation>Kosketuspiste</translation>
        </message>
        <message>
            <location filename="../ui/flow/content.py" line="55" />
            <source>Drop-off: {0}</source>
            <translation>Poistuma: {0}</translation>
        </message>
        <message>
            <location filename="../ui/flow/content.py" line="58" />
            <source>Pain point ({0}): {1}</source>
            <translation>Kipupiste ({0}): {1}</translation>
        </message>
        <message>
            <location filename="../ui/flow/content.py" line="96" />
            <source>{0} customers</source>
            <translation>{0} asiakasta</translation>
        </message>
        <message>
            <location filename="../ui/flow/content.py" line="99" />
            <source>{0} of those at '{1}'</source>
            <translation>{0} heistä kohdassa ”{1}”</translation>
        </message>
        <message>
            <location filename="../ui/flow/view.py" line="169" />
            <source>Flow</source>
            <translation>Kulku</translation>
        </message>
        <message>
            <location filename="../ui/flow/view.py" line="193" />
            <source>Auto layout</source>
            <translation>Automaattinen asettelu</translation>
        </message>
        <message>
            <location filename="../ui/flow/view.py" line="194" />
            <source>Lay out all steps afresh, left to right (one undoable change)</source>
            <translation>Asettele kaikki kosketuspisteet uudelleen vasemmalta oikealle (yksi kumottava muutos)</translation>
        </message>
        <message>
            <location filename="../ui/flow/view.py" line="199" />
            <source>Zoom in</source>
            <translation>Lähennä</translation>
        </message>
        <message>
            <location filename="../ui/flow/view.py" line="199" />
            <source>Zoom in (Ctrl++ or Ctrl+wheel)</source>
            <translation>Lähennä (Ctrl++ tai Ctrl+rulla)</translation>
        </message>
        <message>
            <location filename="../ui/flow/view.py" line="202" />
            <source>Zoom out</source>
            <translation>Loitonna</translation>
        </message>
        <message>
            <location filename="../ui/flow/view.py" line="202" />
            <source>Zoom out (Ctrl+- or Ctrl+wheel)</source>
            <translation>Loitonna (Ctrl+- tai Ctrl+rulla)</translation>
        </message>
        <message>
            <location filename="../ui/flow/view.py" line="204" />
            <source>100 %</source>
            <translation>100 %</translation>
        </message>
        <message>
            <location filename="../ui/flow/view.py" line="204" />
            <source>Actual size</source>
            <translation>Todellinen koko</translation>
        </message>
        <message>
            <location filename="../ui/flow/view.py" line="206" />
            <source>Fit</source>
            <translation>Sovita</translation>
        </message>
        <message>
            <location filename="../ui/flow/view.py" line="206" />
            <source>Show the whole journey (Ctrl+0)</source>
            <translation>Näytä koko asiakaspolku (Ctrl+0)</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>kriittinen</translation>
        </message>
        <message>
            <source>major</source>
            <translation>merkittävä</translation>
        </message>
        <message>
            <source>minor</source>
            <translation>vähäinen</translation>
        </message>
    </context>
    <context>
        <name>HistoryDock</name>
        <message>
            <location filename="../ui/docks/history.py" line="17" />
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <location filename="../ui/docks/history.py" line="20" />
            <source>&lt;opened&gt;</source>
            <translation>&lt;avattu&gt;</translation>
        </message>
        <message>
            <location filename="../ui/docks/history.py" line="21" />
            <source>Every change so far; click one to go back to it</source>
            <translation>Kaikki tähänastiset muutokset; palaa johonkin napsauttamalla sitä</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../ui/files/export_dialog.py" line="53" />
            <source>Mermaid keeps only stages, steps in order, one score per step and the personas who gave it. Not in the imported journey: channels, owners, branches and loops (steps are linked one after another), customer counts, goal and ease ratings (the score becomes emotion), doing / thinking / feeling texts and opportunities.</source>
            <translation>Mermaid säilyttää vain vaiheet, kosketuspisteet järjestyksessä, yhden pistemäärän kosketuspistettä kohden ja sen antaneet persoonat. Tuodusta polusta puuttuvat: kanavat, omistajat, haarat ja silmukat (kosketuspisteet yhdistetään peräkkäin), asiakasmäärät, tavoite- ja vaivattomuusarviot (pistemäärästä tulee tunne), tekee / ajattelee / tuntee -tekstit ja parannusmahdollisuudet.</translation>
        </message>
    </context>
    <context>
        <name>InsightsDock</name>
        <message>
            <location filename="../ui/docks/insights.py" line="228" />
            <source>Insights</source>
            <translation>Havainnot</translation>
        </message>
    </context>
    <context>
        <name>InsightsTree</name>
        <message>
            <location filename="../ui/docks/insights.py" line="86" />
            <source>Click an entry to select its steps on the map</source>
            <translation>Valitse rivin kosketuspisteet kartalta napsauttamalla sitä</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="113" />
            <source>… and {count} more</source>
            <translation>… ja {count} muuta</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="127" />
            <source>No analysis yet.</source>
            <translation>Ei vielä analyysia.</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="131" />
            <source>Pain points</source>
            <translation>Kipupisteet</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="133" />
            <source>No pain points: every rated step is at or above neutral.</source>
            <translation>Ei kipupisteitä: jokainen arvioitu kosketuspiste on neutraali tai parempi.</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="136" />
            <source>Biggest drop-offs</source>
            <translation>Suurimmat poistumat</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="138" />
            <source>No drop-off known: add customer counts to steps or transitions.</source>
            <translation>Poistumaa ei tiedetä: lisää asiakasmäärät kosketuspisteisiin tai siirtymiin.</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="141" />
            <source>Channel switches</source>
            <translation>Kanavanvaihdot</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="143" />
            <source>No channel or owner switches.</source>
            <translation>Ei kanavan- tai omistajanvaihtoja.</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="145" />
            <source>Checks</source>
            <translation>Tarkistukset</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="145" />
            <source>No problems found.</source>
            <translation>Ongelmia ei löytynyt.</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="155" />
            <source>{severity} pain point, score {score}</source>
            <translation>{severity} kipupiste, pisteet {score}</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>kriittinen</translation>
        </message>
        <message>
            <source>major</source>
            <translation>merkittävä</translation>
        </message>
        <message>
            <source>minor</source>
            <translation>vähäinen</translation>
        </message>
        <message>
            <source>{severity} pain point, score {score:.2f}</source>
            <translation type="vanished">{severity} kipupiste, pisteet {score:.2f}</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <location filename="../ui/docks/inspector.py" line="65" />
            <location filename="../ui/docks/inspector.py" line="74" />
            <source>(none)</source>
            <translation>(ei valittu)</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="81" />
            <location filename="../ui/docks/inspector.py" line="117" />
            <location filename="../ui/docks/inspector.py" line="152" />
            <source>Title</source>
            <translation>Otsikko</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="82" />
            <location filename="../ui/docks/inspector.py" line="98" />
            <location filename="../ui/docks/inspector.py" line="108" />
            <location filename="../ui/docks/inspector.py" line="127" />
            <location filename="../ui/docks/inspector.py" line="153" />
            <source>Description</source>
            <translation>Kuvaus</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="83" />
            <source>A language code such as en or fi</source>
            <translation>Kielikoodi, esim. en tai fi</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="83" />
            <source>Language</source>
            <translation>Kieli</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="86" />
            <source>Sources that count</source>
            <translation>Mukaan lasketut lähteet</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="89" />
            <source>The ratings on the map and in the analysis are the n-weighted mean of the measurements of these sources</source>
            <translation>Kartan ja analyysin arviot ovat näiden lähteiden mittausten n:llä painotettu keskiarvo</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="96" />
            <location filename="../ui/docks/inspector.py" line="107" />
            <location filename="../ui/docks/inspector.py" line="111" />
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="97" />
            <source>Role or segment</source>
            <translation>Rooli tai segmentti</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="99" />
            <source>Goals</source>
            <translation>Tavoitteet</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="100" />
            <source>Needs</source>
            <translation>Tarpeet</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="101" />
            <source>Frustrations</source>
            <translation>Turhautumiset</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="102" />
            <source>Quote</source>
            <translation>Lainaus</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="103" />
            <source>#rrggbb, e.g. #0072b2</source>
            <translation>#rrggbb, esim. #0072b2</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="103" />
            <source>Colour</source>
            <translation>Väri</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="104" />
            <source>Share of customers</source>
            <translation>Osuus asiakkaista</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="112" />
            <location filename="../ui/docks/inspector.py" line="120" />
            <source>Kind</source>
            <translation>Tyyppi</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="113" />
            <location filename="../ui/docks/inspector.py" line="125" />
            <location filename="../ui/docks/inspector.py" line="155" />
            <source>Owner</source>
            <translation>Omistaja</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="113" />
            <source>The team or partner that runs it</source>
            <translation>Sitä hoitava tiimi tai kumppani</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="114" />
            <source>Run by</source>
            <translation>Omistus</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="118" />
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="119" />
            <source>Channel</source>
            <translation>Kanava</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="121" />
            <source>Customer's goal</source>
            <translation>Asiakkaan tavoite</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="122" />
            <source>Doing</source>
            <translation>Tekee</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="123" />
            <source>Thinking</source>
            <translation>Ajattelee</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="124" />
            <source>Feeling</source>
            <translation>Tuntee</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="125" />
            <source>Team, role or partner behind it</source>
            <translation>Sen takana oleva tiimi, rooli tai kumppani</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="126" />
            <source>Backstage</source>
            <translation>Kulissit</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="128" />
            <location filename="../ui/docks/inspector.py" line="140" />
            <source>Customers</source>
            <translation>Asiakasmäärä</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="128" />
            <source>How many reached this step</source>
            <translation>Kuinka moni saapui tähän kosketuspisteeseen</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="130" />
            <source>Duration</source>
            <translation>Kesto</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="132" />
            <source>Cost</source>
            <translation>Kustannus</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="133" />
            <source>Tags</source>
            <translation>Tunnisteet</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="134" />
            <source>Evidence</source>
            <translation>Tutkimusnäyttö</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="137" />
            <source>From</source>
            <translation>Mistä</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="138" />
            <source>To</source>
            <translation>Mihin</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="139" />
            <source>Label</source>
            <translation>Nimiö</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="143" />
            <source>Share</source>
            <translation>Osuus</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="148" />
            <source>Share of the source step's customers, 0–1</source>
            <translation>Osuus lähtökohdan asiakkaista, 0–1</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="154" />
            <source>Steps</source>
            <translation>Kosketuspisteet</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="156" />
            <location filename="../ui/docks/inspector.py" line="157" />
            <source>1 = low, 5 = high</source>
            <translation>1 = matala, 5 = korkea</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="156" />
            <source>Impact</source>
            <translation>Vaikutus</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="157" />
            <source>Effort</source>
            <translation>Työmäärä</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="158" />
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="277" />
            <source>{measure} {mean} · n = {n}</source>
            <translation>{measure} {mean} · n = {n}</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="281" />
            <location filename="../ui/docks/inspector.py" line="324" />
            <source>95 % {interval}</source>
            <translation>95 %: {interval}</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="288" />
            <source>Values without n are estimates (one answer each).</source>
            <translation>Arvot ilman n:ää ovat arvioita (kukin yksi vastaus).</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="316" />
            <source>Count this measurement in the rating (kept either way)</source>
            <translation>Laske tämä mittaus mukaan arvioon (säilyy joka tapauksessa)</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="321" />
            <source>estimate</source>
            <translation>arvio</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="329" />
            <source>not counted</source>
            <translation>ei mukana</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="335" />
            <source>Its source does not count (see the journey's sources)</source>
            <translation>Sen lähde ei ole mukana (katso asiakaspolun lähteet)</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="341" />
            <source>Delete this measurement</source>
            <translation>Poista tämä mittaus</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="366" />
            <source>Add a persona (Insert ▸ Persona) to rate this step.</source>
            <translation>Lisää persoona (Lisää ▸ Persoona), niin voit arvioida tämän kosketuspisteen.</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="370" />
            <source>Ease</source>
            <translation>Vaivattomuus</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="370" />
            <source>Emotion</source>
            <translation>Tunne</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="370" />
            <source>Goal</source>
            <translation>Tavoite</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="385" />
            <source>How many answers the values summarise</source>
            <translation>Kuinka monta vastausta arvot tiivistävät</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="389" />
            <source>Which source the values above are from; typing writes that source's values</source>
            <translation>Mistä lähteestä yllä olevat arvot ovat; kirjoittaminen muuttaa tämän lähteen arvoja</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="393" />
            <source>Note</source>
            <translation>Huomautus</translation>
        </message>
        <message>
            <source>Where the ratings come from</source>
            <translation type="vanished">Mistä arviot ovat peräisin</translation>
        </message>
        <message>
            <source>analytics</source>
            <translation>analytiikka</translation>
        </message>
        <message>
            <source>app</source>
            <translation>sovellus</translation>
        </message>
        <message>
            <source>chat</source>
            <translation>chat</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>päätös</translation>
        </message>
        <message>
            <source>digital</source>
            <translation>digitaalinen</translation>
        </message>
        <message>
            <source>done</source>
            <translation>valmis</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>hylätty</translation>
        </message>
        <message>
            <source>email</source>
            <translation>sähköposti</translation>
        </message>
        <message>
            <source>exit</source>
            <translation>keskeytys</translation>
        </message>
        <message>
            <source>face to face</source>
            <translation>kasvokkain</translation>
        </message>
        <message>
            <source>idea</source>
            <translation>idea</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>työn alla</translation>
        </message>
        <message>
            <source>interview</source>
            <translation>haastattelu</translation>
        </message>
        <message>
            <source>letter</source>
            <translation>kirje</translation>
        </message>
        <message>
            <source>messaging</source>
            <translation>viestipalvelu</translation>
        </message>
        <message>
            <source>observation</source>
            <translation>havainnointi</translation>
        </message>
        <message>
            <source>other</source>
            <translation>muu</translation>
        </message>
        <message>
            <source>owned</source>
            <translation>oma</translation>
        </message>
        <message>
            <source>partner</source>
            <translation>kumppani</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>puhelin</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>suunniteltu</translation>
        </message>
        <message>
            <source>social</source>
            <translation>some</translation>
        </message>
        <message>
            <source>start</source>
            <translation>alku</translation>
        </message>
        <message>
            <source>success</source>
            <translation>tavoite saavutettu</translation>
        </message>
        <message>
            <source>survey</source>
            <translation>kysely</translation>
        </message>
        <message>
            <source>third party</source>
            <translation>kolmas osapuoli</translation>
        </message>
        <message>
            <source>touchpoint</source>
            <translation>kosketuspiste</translation>
        </message>
        <message>
            <source>web</source>
            <translation>verkko</translation>
        </message>
        <message>
            <source>workshop</source>
            <translation>työpaja</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <location filename="../ui/docks/inspector.py" line="595" />
            <source>Inspector</source>
            <translation>Ominaisuudet</translation>
        </message>
    </context>
    <context>
        <name>InspectorPanel</name>
        <message>
            <location filename="../ui/docks/inspector.py" line="491" />
            <source>&lt;b&gt;Ratings per persona&lt;/b&gt;</source>
            <translation>&lt;b&gt;Arviot persoonittain&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="562" />
            <source>Journey</source>
            <translation>Asiakaspolku</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="563" />
            <source>Persona</source>
            <translation>Persoona</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="564" />
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="565" />
            <source>Channel</source>
            <translation>Kanava</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="566" />
            <source>Step</source>
            <translation>Kosketuspiste</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="567" />
            <source>Transition</source>
            <translation>Siirtymä</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="568" />
            <source>Opportunity</source>
            <translation>Parannusmahdollisuus</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="574" />
            <source>{count} selected; showing the last one</source>
            <translation>{count} valittuna; näytetään viimeksi valittu</translation>
        </message>
    </context>
    <context>
        <name>ItemForm</name>
        <message>
            <location filename="../ui/docks/inspector_fields.py" line="229" />
            <source>comma, separated, tags</source>
            <translation>pilkuilla, erotetut, tunnisteet</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../ui/language.py" line="82" />
            <source>Lan&amp;guage</source>
            <translation>Ki&amp;eli</translation>
        </message>
        <message>
            <location filename="../ui/language.py" line="86" />
            <source>System Default</source>
            <translation>Järjestelmän oletus</translation>
        </message>
        <message>
            <location filename="../ui/language.py" line="91" />
            <source>The language of menus and texts, from the next start</source>
            <translation>Valikkojen ja tekstien kieli seuraavasta käynnistyksestä alkaen</translation>
        </message>
        <message>
            <location filename="../ui/language.py" line="97" />
            <source>The language changes when journeymap starts again</source>
            <translation>Kieli vaihtuu, kun journeymap käynnistetään uudelleen</translation>
        </message>
        <message>
            <location filename="../ui/language.py" line="99" />
            <source> (unless {variable} is set)</source>
            <translation> (ellei {variable} ole asetettu)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/files/export_dialog.py" line="261" />
            <source>Cannot import</source>
            <translation>Tuonti ei onnistu</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="268" />
            <source>Imported from Mermaid</source>
            <translation>Tuotu Mermaidista</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="270" />
            <source>Imported {name}; save it as a journey file</source>
            <translation>Tuotu {name}; tallenna se asiakaspolkutiedostoksi</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="280" />
            <source>Exported to {path}</source>
            <translation>Viety kohteeseen {path}</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="281" />
            <source>Saved to {path}</source>
            <translation>Tallennettu kohteeseen {path}</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="284" />
            <source>Export finished</source>
            <translation>Vienti valmis</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="287" />
            <source>Export failed</source>
            <translation>Vienti epäonnistui</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="299" />
            <source>Workbooks and Mermaid (*.xlsx *.mmd *.mermaid);;All files (*)</source>
            <translation>Työkirjat ja Mermaid (*.xlsx *.mmd *.mermaid);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="300" />
            <source>Import journey</source>
            <translation>Tuo asiakaspolku</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="130" />
            <source>&amp;Undo</source>
            <translation>&amp;Kumoa</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="132" />
            <source>Take back the last change</source>
            <translation>Peru viimeisin muutos</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="133" />
            <source>&amp;Redo</source>
            <translation>&amp;Tee uudelleen</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="135" />
            <source>Make the change you took back again</source>
            <translation>Tee peruttu muutos uudelleen</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="142" />
            <source> Persona: </source>
            <translation> Persoona: </translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="154" />
            <source>Ready</source>
            <translation>Valmis</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="159" />
            <source>Undo</source>
            <translation>Kumoa</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="163" />
            <source>Undo {what}</source>
            <translation>Kumoa: {what}</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="165" />
            <source>Redo</source>
            <translation>Tee uudelleen</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="169" />
            <source>Redo {what}</source>
            <translation>Tee uudelleen: {what}</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="285" />
            <source>Cannot open the example</source>
            <translation>Esimerkkiä ei voi avata</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="292" />
            <source>Autosave failed: {why}</source>
            <translation>Automaattinen tallennus epäonnistui: {why}</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="314" />
            <source>Select a stage, step, persona, channel or opportunity</source>
            <translation>Valitse vaihe, kosketuspiste, persoona, kanava tai parannusmahdollisuus</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="317" />
            <source>&lt;h3&gt;journeymap {version}&lt;/h3&gt;&lt;p&gt;A local-first editor for customer journey maps: personas, stages, touchpoints, goal / ease / emotion ratings, drop-off and pain points.&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;journeymap {version}&lt;/h3&gt;&lt;p&gt;Paikallisesti toimiva asiakaspolkukarttojen muokkain: persoonat, vaiheet, kosketuspisteet, tavoite- / vaivattomuus- / tunnearviot, poistumat ja kipupisteet.&lt;/p&gt;&lt;p&gt;Lisenssi: MIT.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="323" />
            <source>About journeymap</source>
            <translation>Tietoja journeymapista</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="342" />
            <source>{name}[*] — journeymap</source>
            <translation>{name}[*] — journeymap</translation>
        </message>
    </context>
    <context>
        <name>MapArea</name>
        <message>
            <location filename="../ui/map/area.py" line="50" />
            <source>Map</source>
            <translation>Kartta</translation>
        </message>
        <message>
            <location filename="../ui/map/area.py" line="51" />
            <source>Flow</source>
            <translation>Kulku</translation>
        </message>
        <message>
            <location filename="../ui/map/area.py" line="53" />
            <source>Stages as columns, lanes as rows</source>
            <translation>Vaiheet sarakkeina, kaistat riveinä</translation>
        </message>
        <message>
            <location filename="../ui/map/area.py" line="54" />
            <source>The steps and transitions as a graph</source>
            <translation>Kosketuspisteet ja siirtymät verkkona</translation>
        </message>
    </context>
    <context>
        <name>MapImage</name>
        <message>
            <location filename="../export/map_image.py" line="478" />
            <source>the map is too large to read in one PNG; it was drawn as an overview at {dpi} dpi (steps as blocks, without text). To read it, export an SVG or a PDF; for print, a PDF with A3 or A4 pages.</source>
            <translation>kartta on liian suuri luettavaksi yhtenä PNG-kuvana; se piirrettiin yleiskuvana {dpi} dpi:n tarkkuudella (kosketuspisteet laatikkoina, ilman tekstiä). Luettavaa karttaa varten vie SVG tai PDF; tulostamista varten PDF A3- tai A4-sivuin.</translation>
        </message>
        <message>
            <location filename="../export/map_image.py" line="487" />
            <source>the map is too large for one PNG at {asked} dpi; it was drawn at {dpi} dpi. For print, export a PDF with A3 or A4 pages.</source>
            <translation>kartta on liian suuri yhdeksi PNG-kuvaksi {asked} dpi:n tarkkuudella; se piirrettiin {dpi} dpi:n tarkkuudella. Tulostamista varten vie PDF A3- tai A4-sivuin.</translation>
        </message>
        <message>
            <location filename="../export/map_image.py" line="559" />
            <source>the poster is drawn at {percent} to stay within PDF's 200-inch page limit</source>
            <translation>juliste piirrettiin {percent}:n kokoon, jotta se mahtuu PDF:n 200 tuuman sivukokorajaan</translation>
        </message>
    </context>
    <context>
        <name>MapScene</name>
        <message>
            <location filename="../canvas/card_item.py" line="108" />
            <source>(untitled)</source>
            <translation>(nimetön)</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="111" />
            <location filename="../canvas/cells_item.py" line="144" />
            <source>no channel</source>
            <translation>ei kanavaa</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="114" />
            <source>partner</source>
            <translation>kumppani</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="114" />
            <location filename="../canvas/cells_item.py" line="147" />
            <source>third party</source>
            <translation>kolmas osapuoli</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="203" />
            <source>DECISION</source>
            <translation>PÄÄTÖS</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="203" />
            <source>EXIT</source>
            <translation>KESKEYTYS</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="203" />
            <source>START</source>
            <translation>ALKU</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="203" />
            <source>SUCCESS END</source>
            <translation>TAVOITE SAAVUTETTU</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="246" />
            <source>lost</source>
            <translation>menetetty</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="259" />
            <source>{count} customers arrive</source>
            <translation>{count} asiakasta saapuu</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="271" />
            <source>Customers lost here: {drop}</source>
            <translation>Tässä menetetyt asiakkaat: {drop}</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="275" />
            <source>Drag to move · Shift-drag or drag the ⊕ handle to connect · F2 to rename</source>
            <translation>Siirrä vetämällä · yhdistä Vaihto-vetämällä tai ⊕-kahvasta · F2 nimeää uudelleen</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="112" />
            <source>A hollow chip: fewer than 5 answers, or estimates only</source>
            <translation>Ontto merkki: alle 5 vastausta tai pelkkiä arvioita</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="147" />
            <source>app</source>
            <translation>sovellus</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="147" />
            <source>chat</source>
            <translation>chat</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="147" />
            <source>digital</source>
            <translation>digitaalinen</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="147" />
            <source>email</source>
            <translation>sähköposti</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="147" />
            <source>face to face</source>
            <translation>kasvokkain</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="147" />
            <source>letter</source>
            <translation>kirje</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="147" />
            <source>messaging</source>
            <translation>viestipalvelu</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="147" />
            <source>other</source>
            <translation>muu</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="147" />
            <source>phone</source>
            <translation>puhelin</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="147" />
            <source>social media</source>
            <translation>sosiaalinen media</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="147" />
            <source>web</source>
            <translation>verkko</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="149" />
            <source>not ours</source>
            <translation>ei meidän</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="149" />
            <source>partner-run</source>
            <translation>kumppanin hoitama</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="149" />
            <source>run by us</source>
            <translation>meidän hoitama</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="156" />
            <source>⇄ switch from {channels}</source>
            <translation>⇄ vaihto kanavasta {channels}</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="327" />
            <source>+{count} more</source>
            <translation>+{count} lisää</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="72" />
            <source>(unnamed stage)</source>
            <translation>(nimetön vaihe)</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="75" />
            <source>1 step</source>
            <translation>1 kosketuspiste</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="75" />
            <location filename="../canvas/legend.py" line="47" />
            <source>{count} steps</source>
            <translation>{count} kosketuspistettä</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="134" />
            <source>Ratings</source>
            <translation>Arviot</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="136" />
            <source>goal · ease · emotion</source>
            <translation>tavoite · vaivattomuus · tunne</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="140" />
            <location filename="../ui/map/lanes.py" line="47" />
            <location filename="../ui/map/view.py" line="321" />
            <source>Backstage / owner</source>
            <translation>Kulissit / omistaja</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="140" />
            <location filename="../ui/map/lanes.py" line="47" />
            <location filename="../ui/map/view.py" line="321" />
            <source>Channel</source>
            <translation>Kanava</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="140" />
            <location filename="../ui/map/lanes.py" line="47" />
            <location filename="../ui/map/view.py" line="321" />
            <source>Doing</source>
            <translation>Tekee</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="140" />
            <location filename="../ui/map/lanes.py" line="47" />
            <location filename="../ui/map/view.py" line="321" />
            <source>Emotion curve</source>
            <translation>Tunnekäyrä</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="140" />
            <location filename="../ui/map/lanes.py" line="47" />
            <location filename="../ui/map/view.py" line="321" />
            <source>Feeling</source>
            <translation>Tuntee</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="140" />
            <location filename="../ui/map/lanes.py" line="47" />
            <location filename="../ui/map/view.py" line="321" />
            <source>Goal · ease · emotion</source>
            <translation>Tavoite · vaivattomuus · tunne</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="140" />
            <location filename="../ui/map/lanes.py" line="47" />
            <location filename="../ui/map/view.py" line="321" />
            <source>Opportunities</source>
            <translation>Parannusideat</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="140" />
            <location filename="../ui/map/lanes.py" line="47" />
            <location filename="../ui/map/view.py" line="321" />
            <source>Pain points</source>
            <translation>Kipupisteet</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="140" />
            <location filename="../ui/map/lanes.py" line="47" />
            <location filename="../ui/map/view.py" line="321" />
            <source>Thinking</source>
            <translation>Ajattelee</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="140" />
            <location filename="../ui/map/lanes.py" line="47" />
            <location filename="../ui/map/view.py" line="321" />
            <source>Touchpoints</source>
            <translation>Kosketuspisteet</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="169" />
            <source>+2 delighted</source>
            <translation>+2 ilahtunut</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="169" />
            <source>0 neutral</source>
            <translation>0 neutraali</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="169" />
            <source>−2 upset</source>
            <translation>−2 harmistunut</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="36" />
            <location filename="../canvas/legend.py" line="42" />
            <source>Persona: {name}</source>
            <translation>Persoona: {name}</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="40" />
            <source>All personas</source>
            <translation>Kaikki persoonat</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="46" />
            <source>{count} stages</source>
            <translation>{count} vaihetta</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="61" />
            <source>Journey map</source>
            <translation>Asiakaspolkukartta</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="81" />
            <source>Legend</source>
            <translation>Selite</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="97" />
            <source>customers lost at a step</source>
            <translation>kosketuspisteessä menetetyt asiakkaat</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="104" />
            <location filename="../canvas/legend.py" line="117" />
            <source>goal</source>
            <translation>tav.</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="112" />
            <source>ratings: bad → good (dashed = missing)</source>
            <translation>arviot: huono → hyvä (katkoviiva = puuttuu)</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="125" />
            <source>≈ hollow: under 5 answers or an estimate</source>
            <translation>≈ ontto: alle 5 vastausta tai arvio</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="131" />
            <source>width = customers; dashed = going back</source>
            <translation>leveys = asiakkaat; katkoviiva = paluu</translation>
        </message>
        <message>
            <location filename="../export/map_image.py" line="389" />
            <source>continued · part {part} of {parts}</source>
            <translation>jatkuu · osa {part}/{parts}</translation>
        </message>
        <message>
            <location filename="../ui/map/lanes.py" line="78" />
            <source>The map needs at least one lane</source>
            <translation>Kartalla on oltava vähintään yksi kaista</translation>
        </message>
        <message>
            <location filename="../ui/map/lanes.py" line="79" />
            <source>Hide lane '{name}'</source>
            <translation>Piilota kaista ”{name}”</translation>
        </message>
        <message>
            <location filename="../ui/map/lanes.py" line="79" />
            <source>Show lane '{name}'</source>
            <translation>Näytä kaista ”{name}”</translation>
        </message>
        <message>
            <location filename="../ui/map/lanes.py" line="103" />
            <source>Show or hide the lane '{name}'</source>
            <translation>Näytä tai piilota kaista ”{name}”</translation>
        </message>
        <message>
            <location filename="../ui/map/view.py" line="191" />
            <source>Hide Lane '{name}'</source>
            <translation>Piilota kaista ”{name}”</translation>
        </message>
        <message>
            <location filename="../ui/map/view.py" line="192" />
            <source>Take the lane off the map (View ▸ Lanes shows it again)</source>
            <translation>Poista kaista kartalta (Näytä ▸ Kaistat tuo sen takaisin)</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>kriittinen</translation>
        </message>
        <message>
            <source>critical pain point</source>
            <translation>kriittinen kipupiste</translation>
        </message>
        <message>
            <source>ease</source>
            <translation type="vanished">vaiv.</translation>
        </message>
        <message>
            <source>emo</source>
            <translation type="vanished">tun.</translation>
        </message>
        <message>
            <source>major</source>
            <translation>merkittävä</translation>
        </message>
        <message>
            <source>major pain point</source>
            <translation>merkittävä kipupiste</translation>
        </message>
        <message>
            <source>minor</source>
            <translation>vähäinen</translation>
        </message>
        <message>
            <source>minor pain point</source>
            <translation>vähäinen kipupiste</translation>
        </message>
    </context>
    <context>
        <name>OutlineDock</name>
        <message>
            <location filename="../ui/docks/outline.py" line="310" />
            <source>Outline</source>
            <translation>Rakenne</translation>
        </message>
    </context>
    <context>
        <name>OutlineTree</name>
        <message>
            <location filename="../ui/docks/outline.py" line="55" />
            <source>The journey as a tree. F2 renames, Delete removes, Alt+↑/↓ moves.</source>
            <translation>Asiakaspolku puuna. F2 nimeää uudelleen, Delete poistaa, Alt+↑/↓ siirtää.</translation>
        </message>
        <message>
            <location filename="../ui/docks/outline.py" line="68" />
            <source>Stages and steps</source>
            <translation>Vaiheet ja kosketuspisteet</translation>
        </message>
        <message>
            <location filename="../ui/docks/outline.py" line="69" />
            <source>Personas</source>
            <translation>Persoonat</translation>
        </message>
        <message>
            <location filename="../ui/docks/outline.py" line="70" />
            <source>Channels</source>
            <translation>Kanavat</translation>
        </message>
        <message>
            <location filename="../ui/docks/outline.py" line="71" />
            <source>Transitions</source>
            <translation>Siirtymät</translation>
        </message>
        <message>
            <location filename="../ui/docks/outline.py" line="72" />
            <source>Opportunities</source>
            <translation>Parannusmahdollisuudet</translation>
        </message>
        <message>
            <location filename="../ui/docks/outline.py" line="85" />
            <source>(no name)</source>
            <translation>(ei nimeä)</translation>
        </message>
        <message>
            <location filename="../ui/docks/outline.py" line="288" />
            <source>Cannot rename: {reason}</source>
            <translation>Nimeäminen ei onnistu: {reason}</translation>
        </message>
    </context>
    <context>
        <name>PersonaSelector</name>
        <message>
            <location filename="../ui/map/persona_selector.py" line="31" />
            <source>Show every persona, or one persona's ratings and emotion curve</source>
            <translation>Näytä kaikki persoonat tai yhden persoonan arviot ja tunnekäyrä</translation>
        </message>
        <message>
            <location filename="../ui/map/persona_selector.py" line="50" />
            <source>All personas</source>
            <translation>Kaikki persoonat</translation>
        </message>
    </context>
    <context>
        <name>PresentationWindow</name>
        <message>
            <location filename="../ui/present/cards.py" line="49" />
            <source>No steps in this stage yet</source>
            <translation>Tässä vaiheessa ei ole vielä kosketuspisteitä</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="114" />
            <source>1 vote</source>
            <translation>1 ääni</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="115" />
            <source>{n} votes</source>
            <translation>{n} ääntä</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="147" />
            <location filename="../ui/present/cards.py" line="148" />
            <location filename="../ui/present/cards.py" line="149" />
            <location filename="../ui/present/cards.py" line="274" />
            <location filename="../ui/present/paint.py" line="176" />
            <location filename="../ui/present/window.py" line="147" />
            <location filename="../ui/present/window.py" line="242" />
            <location filename="../ui/present/window.py" line="254" />
            <source>Ease</source>
            <translation>Vaivattomuus</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="147" />
            <location filename="../ui/present/cards.py" line="148" />
            <location filename="../ui/present/cards.py" line="274" />
            <location filename="../ui/present/paint.py" line="176" />
            <location filename="../ui/present/window.py" line="147" />
            <location filename="../ui/present/window.py" line="242" />
            <location filename="../ui/present/window.py" line="254" />
            <source>Emotion</source>
            <translation>Tunne</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="147" />
            <location filename="../ui/present/cards.py" line="148" />
            <location filename="../ui/present/cards.py" line="149" />
            <location filename="../ui/present/cards.py" line="274" />
            <location filename="../ui/present/paint.py" line="176" />
            <location filename="../ui/present/window.py" line="147" />
            <location filename="../ui/present/window.py" line="242" />
            <location filename="../ui/present/window.py" line="254" />
            <source>Goal</source>
            <translation>Tavoite</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="149" />
            <source>Emo</source>
            <translation>Tunne</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="165" />
            <location filename="../ui/present/cards.py" line="247" />
            <source>{mark} {severity} pain</source>
            <translation>{mark} {severity} kipupiste</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="207" />
            <source>Nothing written down yet for doing, thinking and feeling.</source>
            <translation>Tekemistä, ajattelua ja tunteita ei ole vielä kirjattu.</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="216" />
            <source>DOING</source>
            <translation>TEKEE</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="216" />
            <source>FEELING</source>
            <translation>TUNTEE</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="216" />
            <source>THINKING</source>
            <translation>AJATTELEE</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="236" />
            <source> · room votes here: {n}</source>
            <translation> · salin ääniä tässä: {n}</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="252" />
            <source>▼ {drop} lost here</source>
            <translation>▼ {drop} menetetty tässä</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="281" />
            <location filename="../ui/present/slide.py" line="90" />
            <location filename="../ui/present/slide.py" line="101" />
            <source>not rated</source>
            <translation>ei arvioitu</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="144" />
            <source>STAGE {number} OF {count}</source>
            <translation>VAIHE {number}/{count}</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="175" />
            <source>Voting {scale}: 1 = {low} … 5 = {high}</source>
            <translation>Äänestys – {scale}: 1 = {low} … 5 = {high}</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="179" />
            <source>G goal · E ease · M emotion, then 1–5 to vote</source>
            <translation>G tavoite · E vaivattomuus · M tunne, sitten ääni 1–5</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="181" />
            <source>Step {number} of {count}   ·   ? keys</source>
            <translation>Kosketuspiste {number}/{count}   ·   ? näppäimet</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="227" />
            <source>1 – 5</source>
            <translation>1 – 5</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="227" />
            <source>?  H</source>
            <translation>?  H</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="227" />
            <source>Ctrl+Z  Ctrl+Y</source>
            <translation>Ctrl+Z  Ctrl+Y</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="227" />
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="227" />
            <source>G  E  M</source>
            <translation>G  E  M</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="227" />
            <source>Home End</source>
            <translation>Home End</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="227" />
            <source>P  Tab</source>
            <translation>P  Tab</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="227" />
            <source>→ ←  PgDn PgUp</source>
            <translation>→ ←  PgDn PgUp</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="227" />
            <source>↓ ↑</source>
            <translation>↓ ↑</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="229" />
            <source>first / last stage</source>
            <translation>ensimmäinen / viimeinen vaihe</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="229" />
            <source>leave the presentation</source>
            <translation>poistu esityksestä</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="229" />
            <source>next / previous stage</source>
            <translation>seuraava / edellinen vaihe</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="229" />
            <source>next / previous step</source>
            <translation>seuraava / edellinen kosketuspiste</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="229" />
            <source>next persona (All → each)</source>
            <translation>seuraava persoona (Kaikki → kukin)</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="229" />
            <source>one person's vote (emotion: 1 = −2 … 5 = +2)</source>
            <translation>yhden henkilön ääni (tunne: 1 = −2 … 5 = +2)</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="229" />
            <source>show / hide these keys</source>
            <translation>näytä / piilota nämä näppäimet</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="229" />
            <source>undo / redo a vote</source>
            <translation>kumoa / tee ääni uudelleen</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="229" />
            <source>vote on goal, ease or emotion</source>
            <translation>arvioi tavoite, vaivattomuus tai tunne</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="239" />
            <source>Esc   cancel</source>
            <translation>Esc   peru</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="102" />
            <source>mean of 1 persona</source>
            <translation>1 persoonan keskiarvo</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="102" />
            <source>mean of {n} personas</source>
            <translation>{n} persoonan keskiarvo</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="112" />
            <source>rated</source>
            <translation>arvioitu</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="133" />
            <source>(untitled step)</source>
            <translation>(nimetön kosketuspiste)</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="135" />
            <source>Decision</source>
            <translation>Päätös</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="135" />
            <source>Goal reached</source>
            <translation>Tavoite saavutettu</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="135" />
            <source>Leaves</source>
            <translation>Keskeytys</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="135" />
            <source>Start</source>
            <translation>Alku</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="155" />
            <source>All personas</source>
            <translation>Kaikki persoonat</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="159" />
            <source>No stages yet</source>
            <translation>Ei vielä vaiheita</translation>
        </message>
        <message>
            <location filename="../ui/present/window.py" line="78" />
            <source>Presentation</source>
            <translation>Esitys</translation>
        </message>
        <message>
            <location filename="../ui/present/window.py" line="146" />
            <source>{scale} {value} — for which persona?</source>
            <translation>{scale} {value} — mille persoonalle?</translation>
        </message>
        <message>
            <location filename="../ui/present/window.py" line="227" />
            <source>No step to vote on in this stage</source>
            <translation>Tässä vaiheessa ei ole äänestettävää kosketuspistettä</translation>
        </message>
        <message>
            <location filename="../ui/present/window.py" line="231" />
            <source>Add a persona first: votes are per persona</source>
            <translation>Lisää ensin persoona: äänet annetaan persoonittain</translation>
        </message>
        <message>
            <location filename="../ui/present/window.py" line="241" />
            <source>Workshop vote: {scale} {value} for '{step}' ({persona})</source>
            <translation>Työpajaääni: {scale} {value} kohteelle ”{step}” ({persona})</translation>
        </message>
        <message>
            <location filename="../ui/present/window.py" line="253" />
            <source>{scale} {value} recorded · n = {n}</source>
            <translation>{scale} {value} kirjattu · n = {n}</translation>
        </message>
        <message>
            <location filename="../ui/present/window.py" line="317" />
            <source>Press G (goal), E (ease) or M (emotion) first</source>
            <translation>Paina ensin G (tavoite), E (vaivattomuus) tai M (tunne)</translation>
        </message>
        <message>
            <location filename="../ui/present/window.py" line="321" />
            <source>Votes are 1 to 5</source>
            <translation>Äänet ovat 1–5</translation>
        </message>
        <message>
            <source> · new workshop rating (was {source})</source>
            <translation type="vanished"> · uusi työpaja-arvio (aiemmin {source})</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>kriittinen</translation>
        </message>
        <message>
            <source>effortless</source>
            <translation>vaivaton</translation>
        </message>
        <message>
            <source>fully reached</source>
            <translation>täysin saavutettu</translation>
        </message>
        <message>
            <source>major</source>
            <translation>merkittävä</translation>
        </message>
        <message>
            <source>minor</source>
            <translation>vähäinen</translation>
        </message>
        <message>
            <source>not reached</source>
            <translation>ei saavutettu</translation>
        </message>
        <message>
            <source>very hard</source>
            <translation>hyvin vaikea</translation>
        </message>
        <message>
            <source>very negative</source>
            <translation>hyvin kielteinen</translation>
        </message>
        <message>
            <source>very positive</source>
            <translation>hyvin myönteinen</translation>
        </message>
    </context>
    <context>
        <name>RatingBox</name>
        <message>
            <location filename="../ui/docks/inspector_fields.py" line="125" />
            <source>{name}: {low:g} = {low_label}, {high:g} = {high_label}; “–” = missing</source>
            <translation>{name}: {low:g} = {low_label}, {high:g} = {high_label}; ”–” = puuttuu</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../ui/files/start_page.py" line="164" />
            <source>journeymap</source>
            <translation>journeymap</translation>
        </message>
        <message>
            <location filename="../ui/files/start_page.py" line="171" />
            <source>Map a customer's journey: stages, touchpoints, what people do, think and feel, and where the experience breaks.</source>
            <translation>Kartoita asiakaspolku: vaiheet, kosketuspisteet, mitä ihmiset tekevät, ajattelevat ja tuntevat – ja missä kokemus katkeaa.</translation>
        </message>
        <message>
            <location filename="../ui/files/start_page.py" line="183" />
            <source>&amp;New blank journey</source>
            <translation>&amp;Uusi tyhjä asiakaspolku</translation>
        </message>
        <message>
            <location filename="../ui/files/start_page.py" line="184" />
            <source>Start with an empty journey (Ctrl+N)</source>
            <translation>Aloita tyhjästä asiakaspolusta (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../ui/files/start_page.py" line="187" />
            <source>&amp;Open a file…</source>
            <translation>&amp;Avaa tiedosto…</translation>
        </message>
        <message>
            <location filename="../ui/files/start_page.py" line="188" />
            <source>Open a .journey.json file (Ctrl+O)</source>
            <translation>Avaa .journey.json-tiedosto (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../ui/files/start_page.py" line="202" />
            <source>Start from an &amp;example</source>
            <translation>Aloita &amp;esimerkistä</translation>
        </message>
        <message>
            <location filename="../ui/files/start_page.py" line="203" />
            <source>A copy opens as a new journey; the example itself stays as it is.</source>
            <translation>Kopio avautuu uutena asiakaspolkuna; itse esimerkki pysyy ennallaan.</translation>
        </message>
        <message>
            <location filename="../ui/files/start_page.py" line="209" />
            <source>&amp;Recent files</source>
            <translation>&amp;Viimeisimmät tiedostot</translation>
        </message>
        <message>
            <location filename="../ui/files/start_page.py" line="213" />
            <source>Tab moves between the buttons and the lists; Enter or a double-click opens the chosen row. Hover over any command to see what it does.</source>
            <translation>Sarkain siirtää painikkeiden ja luetteloiden välillä; Enter tai kaksoisnapsautus avaa valitun rivin. Pidä osoitinta komennon päällä nähdäksesi, mitä se tekee.</translation>
        </message>
        <message>
            <location filename="../ui/files/start_page.py" line="270" />
            <source>No examples found.</source>
            <translation>Esimerkkejä ei löytynyt.</translation>
        </message>
        <message>
            <location filename="../ui/files/start_page.py" line="284" />
            <source>missing: {folder}</source>
            <translation>puuttuu: {folder}</translation>
        </message>
        <message>
            <location filename="../ui/files/start_page.py" line="287" />
            <source>No recent files yet</source>
            <translation>Ei vielä viimeisimpiä tiedostoja</translation>
        </message>
        <message>
            <location filename="../ui/files/start_page.py" line="288" />
            <source>Files you open or save appear here.</source>
            <translation>Avaamasi ja tallentamasi tiedostot näkyvät tässä.</translation>
        </message>
        <message>
            <source>New blank journey</source>
            <translation type="vanished">Uusi tyhjä asiakaspolku</translation>
        </message>
        <message>
            <source>Open a file…</source>
            <translation type="vanished">Avaa tiedosto…</translation>
        </message>
        <message>
            <source>Recent files</source>
            <translation type="vanished">Viimeisimmät tiedostot</translation>
        </message>
        <message>
            <source>Start from an example</source>
            <translation type="vanished">Aloita esimerkistä</translation>
        </message>
    </context>
</TS>
