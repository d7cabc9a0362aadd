<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
    <context>
        <name>Actions</name>
        <message>
            <location filename="../ui/actions.py" line="28" />
            <source>&amp;New</source>
            <translation>&amp;Uusi</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="28" />
            <source>Start a new, empty journey</source>
            <translation>Aloita uusi, tyhjä asiakaspolku</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="30" />
            <source>New &amp;Window</source>
            <translation>Uusi i&amp;kkuna</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="32" />
            <source>Open another window, for another journey beside this one</source>
            <translation>Avaa toinen ikkuna toiselle asiakaspolulle tämän rinnalle</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="35" />
            <source>&amp;Open…</source>
            <translation>&amp;Avaa…</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="35" />
            <source>Open a journey file</source>
            <translation>Avaa asiakaspolkutiedosto</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="36" />
            <source>&amp;Save</source>
            <translation>&amp;Tallenna</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="36" />
            <source>Save the journey</source>
            <translation>Tallenna asiakaspolku</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="38" />
            <source>Save &amp;As…</source>
            <translation>Tallenna &amp;nimellä…</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="38" />
            <source>Save the journey under a new name</source>
            <translation>Tallenna asiakaspolku uudella nimellä</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="41" />
            <source>&amp;Export…</source>
            <translation>V&amp;ie…</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="41" />
            <source>Export the map, a chart, a workbook, CSV or Mermaid</source>
            <translation>Vie kartta, kaavio, työkirja, CSV tai Mermaid</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="44" />
            <source>&amp;Import…</source>
            <translation>Tu&amp;o…</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="44" />
            <source>Make a new journey from a workbook or Mermaid text</source>
            <translation>Tee uusi asiakaspolku työkirjasta tai Mermaid-tekstistä</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="47" />
            <source>Import E&amp;vidence…</source>
            <translation>Tuo &amp;mittausaineistoa…</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="49" />
            <source>Ratings from survey answers and customer volumes from an event log</source>
            <translation>Arviot kyselyn vastauksista ja asiakasmäärät tapahtumalokista</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="52" />
            <source>Show the start page: new journeys, examples, recent files</source>
            <translation>Näytä aloitussivu: uudet polut, esimerkit, viimeisimmät tiedostot</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="52" />
            <source>Start &amp;Page</source>
            <translation>Aloitus&amp;sivu</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="54" />
            <source>&amp;Quit</source>
            <translation>&amp;Lopeta</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="54" />
            <source>Close the window</source>
            <translation>Sulje ikkuna</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="56" />
            <source>Copy the selection and remove it</source>
            <translation>Kopioi valinta ja poista se</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="56" />
            <source>Cu&amp;t</source>
            <translation>&amp;Leikkaa</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="57" />
            <source>&amp;Copy</source>
            <translation>K&amp;opioi</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="57" />
            <source>Copy the selection</source>
            <translation>Kopioi valinta</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="59" />
            <source>&amp;Paste</source>
            <translation>L&amp;iitä</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="59" />
            <source>Paste items copied from this or another journey</source>
            <translation>Liitä tästä tai toisesta polusta kopioidut kohteet</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="62" />
            <source>D&amp;uplicate</source>
            <translation>&amp;Monista</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="62" />
            <source>Make a copy of the selected items</source>
            <translation>Tee kopio valituista kohteista</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="65" />
            <source>&amp;Delete</source>
            <translation>&amp;Poista</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="65" />
            <source>Delete the selection and what hangs on it</source>
            <translation>Poista valinta ja siihen liittyvät kohteet</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="67" />
            <source>&amp;Rename</source>
            <translation>&amp;Nimeä uudelleen</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="67" />
            <source>Rename the selected item in place</source>
            <translation>Nimeä valittu kohde uudelleen paikallaan</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="68" />
            <source>Select &amp;All</source>
            <translation>&amp;Valitse kaikki</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="68" />
            <source>Select every step</source>
            <translation>Valitse kaikki kosketuspisteet</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="70" />
            <source>Move &amp;Earlier</source>
            <translation>Siirrä &amp;aiemmaksi</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="70" />
            <source>Move the selected item one place earlier</source>
            <translation>Siirrä valittua kohdetta yksi paikka aiemmaksi</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="73" />
            <source>Move &amp;Later</source>
            <translation>Siirrä m&amp;yöhemmäksi</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="73" />
            <source>Move the selected item one place later</source>
            <translation>Siirrä valittua kohdetta yksi paikka myöhemmäksi</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="77" />
            <source>&amp;Step</source>
            <translation>&amp;Kosketuspiste</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="77" />
            <source>Add a step (touchpoint) after the selected one</source>
            <translation>Lisää kosketuspiste valitun jälkeen</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="80" />
            <source>Add a stage after the selected one</source>
            <translation>Lisää vaihe valitun jälkeen</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="80" />
            <source>St&amp;age</source>
            <translation>&amp;Vaihe</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="82" />
            <source>&amp;Persona</source>
            <translation>&amp;Persoona</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="82" />
            <source>Add a persona</source>
            <translation>Lisää persoona</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="83" />
            <source>&amp;Channel</source>
            <translation>K&amp;anava</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="83" />
            <source>Add a channel</source>
            <translation>Lisää kanava</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="85" />
            <source>&amp;Transition</source>
            <translation>&amp;Siirtymä</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="87" />
            <source>Connect the selected steps in order, or the selected step to the next one</source>
            <translation>Yhdistä valitut kosketuspisteet järjestyksessä tai valittu seuraavaan</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="90" />
            <source>&amp;Opportunity</source>
            <translation>Pa&amp;rannusmahdollisuus</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="90" />
            <source>Add an improvement idea for the selected steps</source>
            <translation>Lisää parannusidea valituille kosketuspisteille</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="93" />
            <source>Make the map larger</source>
            <translation>Suurenna karttaa</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="93" />
            <source>Zoom &amp;In</source>
            <translation>&amp;Lähennä</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="94" />
            <source>Make the map smaller</source>
            <translation>Pienennä karttaa</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="94" />
            <source>Zoom &amp;Out</source>
            <translation>L&amp;oitonna</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="96" />
            <source>&amp;Fit Map</source>
            <translation>&amp;Sovita kartta</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="98" />
            <source>Show the map's whole height; a long journey scrolls sideways</source>
            <translation>Näytä kartan koko korkeus; pitkää asiakaspolkua vieritetään sivusuunnassa</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="101" />
            <source>&amp;Arrange Lanes…</source>
            <translation>&amp;Järjestä kaistat…</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="101" />
            <source>Choose which lanes the map shows, and their order</source>
            <translation>Valitse, mitkä kaistat kartalla näkyvät ja missä järjestyksessä</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="104" />
            <source>F&amp;ull Screen</source>
            <translation>&amp;Koko näyttö</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="104" />
            <source>Use the whole screen for the window</source>
            <translation>Käytä koko näyttöä ikkunalle</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="108" />
            <source>&amp;Present</source>
            <translation>Esi&amp;tä</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="110" />
            <source>Walk a workshop room through the journey full screen and take its ratings</source>
            <translation>Käy asiakaspolku läpi työpajan kanssa koko näytöllä ja kirjaa sen arviot</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="114" />
            <source>&amp;About journeymap</source>
            <translation>&amp;Tietoja journeymapista</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="114" />
            <source>Version and licence</source>
            <translation>Versio ja lisenssi</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="115" />
            <source>About &amp;Qt</source>
            <translation>Tietoja &amp;Qt:sta</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="115" />
            <source>The Qt version in use</source>
            <translation>Käytössä oleva Qt-versio</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="154" />
            <source>&amp;File</source>
            <translation>&amp;Tiedosto</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="156" />
            <source>Open &amp;Recent</source>
            <translation>&amp;Viimeisimmät</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="164" />
            <source>&amp;Edit</source>
            <translation>&amp;Muokkaa</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="170" />
            <source>&amp;View</source>
            <translation>&amp;Näytä</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="173" />
            <source>&amp;Lanes</source>
            <translation>K&amp;aistat</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="179" />
            <source>&amp;Insert</source>
            <translation>&amp;Lisää</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="190" />
            <source>&amp;Help</source>
            <translation>&amp;Ohje</translation>
        </message>
        <message>
            <location filename="../ui/actions.py" line="202" />
            <source>Main toolbar</source>
            <translation>Päätyökalurivi</translation>
        </message>
        <message>
            <source>Show the whole map</source>
            <translation type="vanished">Näytä koko kartta</translation>
        </message>
    </context>
    <context>
        <name>AnalysisText</name>
        <message>
            <location filename="../canvas/analysis_text.py" line="71" />
            <source>"{name}"</source>
            <translation>”{name}”</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="111" />
            <source>Ease</source>
            <translation>Vaivattomuus</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="111" />
            <source>Emotion</source>
            <translation>Tunne</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="111" />
            <source>Goal</source>
            <translation>Tavoite</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="118" />
            <source>workshop</source>
            <translation>työpaja</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="119" />
            <source>survey</source>
            <translation>kysely</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="120" />
            <source>interview</source>
            <translation>haastattelu</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="121" />
            <source>analytics</source>
            <translation>analytiikka</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="122" />
            <source>observation</source>
            <translation>havainnointi</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="123" />
            <location filename="../canvas/analysis_text.py" line="147" />
            <source>estimate</source>
            <translation>arvio</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="134" />
            <source>{measure} {mean} · n = {n}</source>
            <translation>{measure} {mean} · n = {n}</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="138" />
            <source>95 % {interval}</source>
            <translation>95 %: {interval}</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="142" />
            <source>spread unknown</source>
            <translation>hajonta ei tiedossa</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="144" />
            <source>includes estimates</source>
            <translation>sisältää arvioita</translation>
        </message>
        <message>
            <location filename="../canvas/analysis_text.py" line="150" />
            <source>{count} not counted</source>
            <translation>{count} ei mukana</translation>
        </message>
        <message>
            <source>a rating of step {step} by persona {persona} refers to an item that does not exist</source>
            <translation>persoonan {persona} arvio kosketuspisteelle {step} viittaa kohteeseen, jota ei ole olemassa</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktiivinen</translation>
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
            <source>meta-active</source>
            <translation>meta-aktiivinen</translation>
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
            <source>passive</source>
            <translation>passiivinen</translation>
        </message>
        <message>
            <source>proactive</source>
            <translation>proaktiivinen</translation>
        </message>
        <message>
            <source>reactive</source>
            <translation>reaktiivinen</translation>
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
            <source>{count} of {total} touchpoints in {stage} are {level}</source>
            <translation>{count}/{total} kosketuspisteestä vaiheessa {stage}: {level}</translation>
        </message>
        <message>
            <source>{count} of {total} touchpoints in {stage} is {level}</source>
            <translation>{count}/{total} kosketuspisteestä vaiheessa {stage}: {level}</translation>
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
            <source>{source} is {level}: customers then switch to {target}; a proactive contact could save the switch</source>
            <translation>{source} on {level}: asiakkaat siirtyvät sitten kohtaan {target}; proaktiivinen yhteydenotto voisi säästää siirron</translation>
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
            <location filename="../ui/app.py" line="176" />
            <source>an unnamed journey</source>
            <translation>nimetön asiakaspolku</translation>
        </message>
        <message>
            <location filename="../ui/app.py" line="178" />
            <source>a copy of {path}</source>
            <translation>kopio tiedostosta {path}</translation>
        </message>
        <message>
            <location filename="../ui/app.py" line="180" />
            <source>never saved to a file</source>
            <translation>ei koskaan tallennettu tiedostoon</translation>
        </message>
        <message>
            <location filename="../ui/app.py" line="182" />
            <source>unknown time</source>
            <translation>tuntematon aika</translation>
        </message>
        <message>
            <location filename="../ui/app.py" line="183" />
            <source>“{name}” ({where}), autosaved at {when}.</source>
            <translation>”{name}” ({where}), automaattisesti tallennettu {when}.</translation>
        </message>
        <message>
            <location filename="../ui/app.py" line="199" />
            <source>Cannot look for unsaved work</source>
            <translation>Tallentamattomia töitä ei voi etsiä</translation>
        </message>
        <message>
            <location filename="../ui/app.py" line="204" />
            <source>Damaged unsaved work set aside</source>
            <translation>Vioittunut tallentamaton työ siirrettiin sivuun</translation>
        </message>
        <message>
            <location filename="../ui/app.py" line="205" />
            <source>{count} autosave file(s) could not be read and were moved to {folder}, where they are kept but not offered again.</source>
            <translation>Automaattisesti tallennettuja tiedostoja ({count}) ei voitu lukea. Ne siirrettiin kansioon {folder}, jossa ne säilyvät, mutta niitä ei enää tarjota palautettaviksi.</translation>
        </message>
        <message>
            <location filename="../ui/app.py" line="221" />
            <source>It was moved to {folder}.</source>
            <translation>Se siirrettiin kansioon {folder}.</translation>
        </message>
        <message>
            <location filename="../ui/app.py" line="222" />
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
        <name>CommentsDock</name>
        <message>
            <location filename="../ui/docks/comments.py" line="331" />
            <source>Comments</source>
            <translation>Kommentit</translation>
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message>
            <location filename="../ui/docks/comments.py" line="67" />
            <source>Someone</source>
            <translation>Joku</translation>
        </message>
        <message>
            <location filename="../ui/docks/comments.py" line="78" />
            <source>the journey</source>
            <translation>koko asiakaspolku</translation>
        </message>
        <message>
            <location filename="../ui/docks/comments.py" line="87" />
            <source>a removed item ({key})</source>
            <translation>poistettu kohde ({key})</translation>
        </message>
        <message>
            <location filename="../ui/docks/comments.py" line="89" />
            <source>rating of '{step}' by '{persona}'</source>
            <translation>arvio: '{step}', persona '{persona}'</translation>
        </message>
        <message>
            <location filename="../ui/docks/comments.py" line="93" />
            <source>stage '{name}'</source>
            <translation>vaihe '{name}'</translation>
        </message>
        <message>
            <location filename="../ui/docks/comments.py" line="94" />
            <source>step '{name}'</source>
            <translation>kosketuspiste '{name}'</translation>
        </message>
        <message>
            <location filename="../ui/docks/comments.py" line="95" />
            <source>persona '{name}'</source>
            <translation>persoona '{name}'</translation>
        </message>
        <message>
            <location filename="../ui/docks/comments.py" line="96" />
            <source>opportunity '{name}'</source>
            <translation>kehitysidea '{name}'</translation>
        </message>
        <message>
            <location filename="../ui/docks/comments.py" line="126" />
            <source>Unresolved only</source>
            <translation>Vain ratkaisemattomat</translation>
        </message>
        <message>
            <location filename="../ui/docks/comments.py" line="135" />
            <source>Write a comment or an answer…</source>
            <translation>Kirjoita kommentti tai vastaus…</translation>
        </message>
        <message>
            <location filename="../ui/docks/comments.py" line="139" />
            <source>Comment</source>
            <translation>Kommentoi</translation>
        </message>
        <message>
            <location filename="../ui/docks/comments.py" line="140" />
            <source>Answer</source>
            <translation>Vastaa</translation>
        </message>
        <message>
            <location filename="../ui/docks/comments.py" line="141" />
            <location filename="../ui/docks/comments.py" line="248" />
            <source>Resolve</source>
            <translation>Merkitse ratkaistuksi</translation>
        </message>
        <message>
            <location filename="../ui/docks/comments.py" line="142" />
            <source>Remove</source>
            <translation>Poista</translation>
        </message>
        <message>
            <location filename="../ui/docks/comments.py" line="143" />
            <source>Add the text as a comment on the selected item</source>
            <translation>Lisää teksti kommentiksi valittuun kohteeseen</translation>
        </message>
        <message>
            <location filename="../ui/docks/comments.py" line="144" />
            <source>Add the text as an answer to the chosen comment</source>
            <translation>Lisää teksti vastaukseksi valittuun kommenttiin</translation>
        </message>
        <message>
            <location filename="../ui/docks/comments.py" line="203" />
            <source>{open} open of {all}</source>
            <translation>{open} avoinna / {all}</translation>
        </message>
        <message>
            <location filename="../ui/docks/comments.py" line="217" />
            <source>on {target}</source>
            <translation>kohde: {target}</translation>
        </message>
        <message>
            <location filename="../ui/docks/comments.py" line="234" />
            <source>New comments go on {target}</source>
            <translation>Uudet kommentit kohdistuvat: {target}</translation>
        </message>
        <message>
            <location filename="../ui/docks/comments.py" line="248" />
            <source>Reopen</source>
            <translation>Avaa uudelleen</translation>
        </message>
    </context>
    <context>
        <name>CompareActions</name>
        <message>
            <location filename="../ui/compare/install.py" line="36" />
            <source>&amp;Compare With…</source>
            <translation>Ve&amp;rtaa…</translation>
        </message>
        <message>
            <location filename="../ui/compare/install.py" line="37" />
            <source>Compare this journey with another file or with a git revision of its file</source>
            <translation>Vertaa tätä asiakaspolkua toiseen tiedostoon tai tiedoston git-revisioon</translation>
        </message>
        <message>
            <location filename="../ui/compare/install.py" line="40" />
            <source>Re&amp;view Merge Conflicts…</source>
            <translation>Käy läpi &amp;yhdistämisen ristiriidat…</translation>
        </message>
        <message>
            <location filename="../ui/compare/install.py" line="41" />
            <source>Choose ours or theirs where a git merge of this file disagreed</source>
            <translation>Valitse oma tai toisen haaran versio, kun tämän tiedoston git-yhdistäminen oli ristiriidassa</translation>
        </message>
        <message>
            <location filename="../ui/compare/install.py" line="122" />
            <source>Review {count} merge conflicts…</source>
            <translation>Käy läpi {count} yhdistämisen ristiriitaa…</translation>
        </message>
        <message>
            <location filename="../ui/compare/install.py" line="124" />
            <source>Review 1 merge conflict…</source>
            <translation>Käy läpi 1 yhdistämisen ristiriita…</translation>
        </message>
        <message>
            <location filename="../ui/compare/install.py" line="128" />
            <source>A git merge of this file left conflicts; our version was kept in each</source>
            <translation>Tämän tiedoston git-yhdistämisessä jäi ristiriitoja; jokaisessa säilytettiin oma versio</translation>
        </message>
    </context>
    <context>
        <name>CompareWithDialog</name>
        <message>
            <location filename="../ui/compare/source.py" line="55" />
            <source>Compare With</source>
            <translation>Vertaa</translation>
        </message>
        <message>
            <location filename="../ui/compare/source.py" line="62" />
            <source>Another &amp;journey file:</source>
            <translation>Toinen &amp;asiakaspolkutiedosto:</translation>
        </message>
        <message>
            <location filename="../ui/compare/source.py" line="63" />
            <source>This file at a git &amp;revision:</source>
            <translation>Tämä tiedosto git-&amp;revisiossa:</translation>
        </message>
        <message>
            <location filename="../ui/compare/source.py" line="68" />
            <source>path of a .journey.json file</source>
            <translation>.journey.json-tiedoston polku</translation>
        </message>
        <message>
            <location filename="../ui/compare/source.py" line="69" />
            <source>&amp;Browse…</source>
            <translation>&amp;Selaa…</translation>
        </message>
        <message>
            <location filename="../ui/compare/source.py" line="73" />
            <source>A commit, branch or tag, or HEAD~1 for the one before the last</source>
            <translation>Commit, haara tai tagi, tai HEAD~1 viimeistä edeltävälle</translation>
        </message>
        <message>
            <location filename="../ui/compare/source.py" line="76" />
            <source>the earlier version (before, as-is)</source>
            <translation>aiempi versio (ennen, nykytila)</translation>
        </message>
        <message>
            <location filename="../ui/compare/source.py" line="77" />
            <source>the later version (after, to-be)</source>
            <translation>myöhempi versio (jälkeen, tavoitetila)</translation>
        </message>
        <message>
            <location filename="../ui/compare/source.py" line="88" />
            <source>The other file is</source>
            <translation>Toinen tiedosto on</translation>
        </message>
        <message>
            <location filename="../ui/compare/source.py" line="95" />
            <source>&amp;Compare</source>
            <translation>&amp;Vertaa</translation>
        </message>
        <message>
            <location filename="../ui/compare/source.py" line="105" />
            <source>Save the journey first: only a file has revisions</source>
            <translation>Tallenna asiakaspolku ensin: vain tiedostolla on revisioita</translation>
        </message>
        <message>
            <location filename="../ui/compare/source.py" line="115" />
            <source>Compare with</source>
            <translation>Vertaa</translation>
        </message>
        <message>
            <location filename="../ui/compare/source.py" line="124" />
            <source>this journey</source>
            <translation>tämä asiakaspolku</translation>
        </message>
        <message>
            <location filename="../ui/compare/source.py" line="129" />
            <source>Give a revision, such as HEAD or HEAD~1.</source>
            <translation>Anna revisio, esimerkiksi HEAD tai HEAD~1.</translation>
        </message>
        <message>
            <location filename="../ui/compare/source.py" line="137" />
            <source>Choose a journey file to compare with.</source>
            <translation>Valitse asiakaspolkutiedosto, johon verrataan.</translation>
        </message>
    </context>
    <context>
        <name>ComparisonWindow</name>
        <message>
            <location filename="../ui/compare/view.py" line="62" />
            <source>+ added</source>
            <translation>+ lisätty</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="62" />
            <source>~ changed</source>
            <translation>~ muuttunut</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="62" />
            <source>− removed</source>
            <translation>− poistettu</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="244" />
            <source>Compare one persona's ratings and pain points, or all</source>
            <translation>Vertaa yhden persoonan tai kaikkien arvioita ja kipupisteitä</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="245" />
            <source>&amp;Swap Before and After</source>
            <translation>&amp;Vaihda ennen ja jälkeen</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="246" />
            <source>&amp;Fit Map</source>
            <translation>&amp;Sovita kartta</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="247" />
            <source>Export &amp;Page…</source>
            <translation>Vie &amp;PDF-sivu…</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="248" />
            <source>Save the comparison as a PDF page (or PNG, SVG)</source>
            <translation>Tallenna vertailu PDF-sivuna (tai PNG, SVG)</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="249" />
            <source>Export &amp;Workbook…</source>
            <translation>Vie &amp;työkirja…</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="250" />
            <source>Save the comparison as a workbook sheet</source>
            <translation>Tallenna vertailu työkirjan taulukkona</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="252" />
            <source>Persona:</source>
            <translation>Persoona:</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="266" />
            <source>After</source>
            <translation>Jälkeen</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="266" />
            <source>Before</source>
            <translation>Ennen</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="266" />
            <source>Change</source>
            <translation>Muutos</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="266" />
            <source>Whole journey</source>
            <translation>Koko asiakaspolku</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="269" />
            <source>Step</source>
            <translation>Kosketuspiste</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="270" />
            <location filename="../ui/compare/view.py" line="422" />
            <source>Customers</source>
            <translation>Asiakasmäärä</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="271" />
            <location filename="../ui/compare/view.py" line="424" />
            <source>Drop-off</source>
            <translation>Poistuma</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="272" />
            <source>Pain</source>
            <translation>Kipu</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="273" />
            <source>Goal</source>
            <translation>Tavoite</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="274" />
            <source>Ease</source>
            <translation>Vaivattomuus</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="275" />
            <location filename="../ui/compare/view.py" line="400" />
            <source>Emotion</source>
            <translation>Tunne</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="279" />
            <source>The change, after − before; an added or removed step shows its own values. Click a step to see it on the map.</source>
            <translation>Muutos, jälkeen − ennen; lisätyllä tai poistetulla kosketuspisteellä näkyvät sen omat arvot. Napsauta kosketuspistettä nähdäksesi sen kartalla.</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="310" />
            <source>All personas</source>
            <translation>Kaikki persoonat</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="328" />
            <source>Compare: {before} → {after}</source>
            <translation>Vertailu: {before} → {after}</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="333" />
            <source>Before: “{before}” ({where_before})   →   After: “{after}” ({where_after})</source>
            <translation>Ennen: ”{before}” ({where_before})   →   Jälkeen: ”{after}” ({where_after})</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="349" />
            <location filename="../ui/compare/view.py" line="403" />
            <source>These journeys share {shared} of {total} step ids: they look unrelated, so their steps are not compared one by one.</source>
            <translation>Näillä asiakaspoluilla on yhteisiä vain {shared}/{total} kosketuspisteen tunnistetta: ne näyttävät toisiinsa liittymättömiltä, joten kosketuspisteitä ei verrata yksitellen.</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="354" />
            <source>No change: the two versions have the same steps, ratings and transitions.</source>
            <translation>Ei muutoksia: molemmissa versioissa on samat kosketuspisteet, arviot ja siirtymät.</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="355" />
            <source>{removed} removed, {added} added, {changed} changed steps</source>
            <translation>Kosketuspisteitä: {removed} poistettu, {added} lisätty, {changed} muuttunut</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="397" />
            <source>Emotion at each step, before (dashed) and after (solid)</source>
            <translation>Tunne kussakin kosketuspisteessä, ennen (katkoviiva) ja jälkeen (yhtenäinen viiva)</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="398" />
            <source>before</source>
            <translation>ennen</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="399" />
            <source>after</source>
            <translation>jälkeen</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="401" />
            <source>No ratings of emotion in either version</source>
            <translation>Kummassakaan versiossa ei ole tunnearvioita</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="402" />
            <source>− removed
+ added
~ changed</source>
            <translation>− poistettu
+ lisätty
~ muuttunut</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="423" />
            <source>Conversion</source>
            <translation>Konversio</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="425" />
            <source>Pain score</source>
            <translation>Kipupisteet (pisteet)</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="426" />
            <source>Goal (mean)</source>
            <translation>Tavoite (keskiarvo)</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="427" />
            <source>Ease (mean)</source>
            <translation>Vaivattomuus (keskiarvo)</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="428" />
            <source>Emotion (mean)</source>
            <translation>Tunne (keskiarvo)</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="429" />
            <source>Pain points resolved</source>
            <translation>Ratkaistut kipupisteet</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="430" />
            <source>Pain points new</source>
            <translation>Uudet kipupisteet</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="432" />
            <source>pp</source>
            <translation>%-yks.</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="472" />
            <source>PDF page (*.pdf);;PNG image (*.png);;SVG image (*.svg)</source>
            <translation>PDF-sivu (*.pdf);;PNG-kuva (*.png);;SVG-kuva (*.svg)</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="474" />
            <source>Export comparison page</source>
            <translation>Vie vertailusivu</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="485" />
            <source>Workbook (*.xlsx)</source>
            <translation>Työkirja (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="487" />
            <source>Export comparison workbook</source>
            <translation>Vie vertailutyökirja</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="503" />
            <source>Export failed</source>
            <translation>Vienti epäonnistui</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="506" />
            <source>Export finished</source>
            <translation>Vienti valmis</translation>
        </message>
        <message>
            <location filename="../ui/compare/view.py" line="506" />
            <source>Saved to {path}</source>
            <translation>Tallennettu kohteeseen {path}</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation type="vanished">Mittari</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation type="vanished">Kosketuspisteet</translation>
        </message>
    </context>
    <context>
        <name>ConflictReviewDialog</name>
        <message>
            <location filename="../ui/compare/conflicts.py" line="141" />
            <source>changed on both sides</source>
            <translation>muutettu molemmissa haaroissa</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="142" />
            <source>we removed it, they changed it</source>
            <translation>me poistimme, he muuttivat</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="143" />
            <source>they removed it, we changed it</source>
            <translation>he poistivat, me muutimme</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="144" />
            <source>they removed it, we still use it</source>
            <translation>he poistivat, me käytämme yhä</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="145" />
            <source>it used something we removed</source>
            <translation>viittasi poistamaamme kohteeseen</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="146" />
            <source>put in order differently</source>
            <translation>järjestetty eri tavoin</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="152" />
            <source>Persona</source>
            <translation>Persoona</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="153" />
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="154" />
            <source>Channel</source>
            <translation>Kanava</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="155" />
            <source>Step</source>
            <translation>Kosketuspiste</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="156" />
            <source>Transition</source>
            <translation>Siirtymä</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="157" />
            <source>Rating</source>
            <translation>Arvio</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="158" />
            <source>Measurement</source>
            <translation>Mittaaminen</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="159" />
            <source>Opportunity</source>
            <translation>Parannusmahdollisuus</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="180" />
            <source>Journey</source>
            <translation>Asiakaspolku</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="187" />
            <source>{measure} of “{step}” by “{persona}”, {source}</source>
            <translation>{measure}: “{step}”, {persona}, {source}</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="194" />
            <source>{noun} of “{step}” by “{persona}”</source>
            <translation>{noun}: ”{step}”, persoona ”{persona}”</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="198" />
            <source>Order of {collection}</source>
            <translation>Järjestys: {collection}</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="206" />
            <source>(removed)</source>
            <translation>(poistettu)</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="231" />
            <source>Review Merge Conflicts</source>
            <translation>Yhdistämisen ristiriidat</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="236" />
            <source>The merge kept our version wherever the two sides disagreed. Choose “theirs” where their version should win, then Apply: the changes are one step you can undo. Save, then mark the file resolved in git (git add).</source>
            <translation>Yhdistäminen säilytti oman version aina, kun haarat olivat eri mieltä. Valitse ”toinen”, missä toisen haaran version pitää voittaa, ja paina Käytä: muutokset ovat yksi kumottava vaihe. Tallenna ja merkitse tiedosto ratkaistuksi gitissä (git add).</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="245" />
            <source>Conflict</source>
            <translation>Ristiriita</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="245" />
            <source>Keep</source>
            <translation>Säilytä</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="245" />
            <source>Ours</source>
            <translation>Oma</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="245" />
            <source>Theirs</source>
            <translation>Toinen</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="245" />
            <source>Where</source>
            <translation>Kohta</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="260" />
            <source>ours</source>
            <translation>oma</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="261" />
            <source>theirs</source>
            <translation>toinen</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="265" />
            <source>ours (see the note)</source>
            <translation>oma (katso huomautus)</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="308" />
            <source>Take theirs in {count} merge conflicts</source>
            <translation>Ota toisen haaran versio {count} ristiriidassa</translation>
        </message>
        <message>
            <location filename="../ui/compare/conflicts.py" line="312" />
            <source>Could not take theirs: {reason}</source>
            <translation>Toisen haaran versiota ei voitu ottaa: {reason}</translation>
        </message>
        <message>
            <source>the journey</source>
            <translation type="vanished">asiakaspolku</translation>
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
        <message>
            <location filename="../ui/dialogs.py" line="132" />
            <source>Shared items changed</source>
            <translation>Jaetut kohteet ovat muuttuneet</translation>
        </message>
        <message>
            <location filename="../ui/dialogs.py" line="134" />
            <source>The update is one change you can undo.</source>
            <translation>Päivitys on yksi muutos, jonka voi kumota.</translation>
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
            <source>Add assessment</source>
            <translation>Lisää arvio</translation>
        </message>
        <message>
            <source>Add channel '{name}'</source>
            <translation>Lisää kanava ”{name}”</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Lisää kommentti</translation>
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
            <source>Answer comment</source>
            <translation>Vastaa kommenttiin</translation>
        </message>
        <message>
            <source>Change assessment</source>
            <translation>Muuta arviota</translation>
        </message>
        <message>
            <source>Edit channel '{name}'</source>
            <translation>Muokkaa kanavaa ”{name}”</translation>
        </message>
        <message>
            <source>Edit comment</source>
            <translation>Muokkaa kommenttia</translation>
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
            <source>Remove assessment</source>
            <translation>Poista arvio</translation>
        </message>
        <message>
            <source>Remove channel '{name}'</source>
            <translation>Poista kanava ”{name}”</translation>
        </message>
        <message>
            <source>Remove comment</source>
            <translation>Poista kommentti</translation>
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
        <message>
            <source>Reopen comment</source>
            <translation>Avaa kommentti uudelleen</translation>
        </message>
        <message>
            <source>Resolve comment</source>
            <translation>Ratkaise kommentti</translation>
        </message>
    </context>
    <context>
        <name>EditorMapScene</name>
        <message>
            <location filename="../canvas/card_item.py" line="88" />
            <source>(untitled)</source>
            <translation>(nimetön)</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="94" />
            <location filename="../canvas/cells_item.py" line="174" />
            <source>no channel</source>
            <translation>ei kanavaa</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="97" />
            <source>partner</source>
            <translation>kumppani</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="97" />
            <location filename="../canvas/cells_item.py" line="178" />
            <source>third party</source>
            <translation>kolmas osapuoli</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="307" />
            <source>DECISION</source>
            <translation>PÄÄTÖS</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="307" />
            <source>EXIT</source>
            <translation>KESKEYTYS</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="307" />
            <source>START</source>
            <translation>ALKU</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="307" />
            <source>SUCCESS END</source>
            <translation>TAVOITE SAAVUTETTU</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="351" />
            <source>lost</source>
            <translation>menetetty</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="367" />
            <source>{count} customers arrive</source>
            <translation>{count} asiakasta saapuu</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="379" />
            <source>Customers lost here: {drop}</source>
            <translation>Tässä menetetyt asiakkaat: {drop}</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="385" />
            <source>Sub-journey: {link} (double-click to open)</source>
            <translation>Alipolku: {link} (avaa kaksoisnapsautuksella)</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="387" />
            <source>Drag to move · Shift-drag or drag the ⊕ handle to connect · F2 to rename</source>
            <translation>Siirrä vetämällä · yhdistä Vaihto-vetämällä tai ⊕-kahvasta · F2 nimeää uudelleen</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="77" />
            <source>⇄ switch from {channels}</source>
            <translation>⇄ vaihto kanavasta {channels}</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="139" />
            <source>A hollow chip: fewer than 5 answers, or estimates only</source>
            <translation>Ontto merkki: alle 5 vastausta tai pelkkiä arvioita</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="178" />
            <source>app</source>
            <translation>sovellus</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="178" />
            <source>chat</source>
            <translation>chat</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="178" />
            <source>digital</source>
            <translation>digitaalinen</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="178" />
            <source>email</source>
            <translation>sähköposti</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="178" />
            <source>face to face</source>
            <translation>kasvokkain</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="178" />
            <source>letter</source>
            <translation>kirje</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="178" />
            <source>messaging</source>
            <translation>viestipalvelu</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="178" />
            <source>other</source>
            <translation>muu</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="178" />
            <source>phone</source>
            <translation>puhelin</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="178" />
            <source>social media</source>
            <translation>sosiaalinen media</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="178" />
            <source>web</source>
            <translation>verkko</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="180" />
            <source>not ours</source>
            <translation>ei meidän</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="180" />
            <source>partner-run</source>
            <translation>kumppanin hoitama</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="180" />
            <source>run by us</source>
            <translation>meidän hoitama</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="296" />
            <source>ease</source>
            <translation>vaiv.</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="296" />
            <source>emo</source>
            <translation>tun.</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="296" />
            <location filename="../canvas/legend.py" line="272" />
            <location filename="../canvas/legend.py" line="285" />
            <source>goal</source>
            <translation>tav.</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="378" />
            <source>+{count} more</source>
            <translation>+{count} lisää</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="75" />
            <source>(unnamed stage)</source>
            <translation>(nimetön vaihe)</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="78" />
            <source>1 step</source>
            <translation>1 kosketuspiste</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="78" />
            <location filename="../canvas/legend.py" line="69" />
            <source>{count} steps</source>
            <translation>{count} kosketuspistettä</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="140" />
            <source>Ratings</source>
            <translation>Arviot</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="142" />
            <source>goal · ease · emotion</source>
            <translation>tavoite · vaivattomuus · tunne</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="146" />
            <location filename="../ui/map/lanes.py" line="47" />
            <source>Backstage / owner</source>
            <translation>Kulissit / omistaja</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="146" />
            <location filename="../ui/map/lanes.py" line="47" />
            <source>Channel</source>
            <translation>Kanava</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="146" />
            <location filename="../ui/map/lanes.py" line="47" />
            <source>Doing</source>
            <translation>Tekee</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="146" />
            <location filename="../ui/map/lanes.py" line="47" />
            <source>Emotion curve</source>
            <translation>Tunnekäyrä</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="146" />
            <location filename="../ui/map/lanes.py" line="47" />
            <source>Feeling</source>
            <translation>Tuntee</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="146" />
            <location filename="../ui/map/lanes.py" line="47" />
            <source>Goal · ease · emotion</source>
            <translation>Tavoite · vaivattomuus · tunne</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="146" />
            <location filename="../ui/map/lanes.py" line="47" />
            <source>Opportunities</source>
            <translation>Parannusideat</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="146" />
            <location filename="../ui/map/lanes.py" line="47" />
            <source>Pain points</source>
            <translation>Kipupisteet</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="146" />
            <location filename="../ui/map/lanes.py" line="47" />
            <source>Service level</source>
            <translation>Palvelutaso</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="146" />
            <location filename="../ui/map/lanes.py" line="47" />
            <source>Thinking</source>
            <translation>Ajattelee</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="146" />
            <location filename="../ui/map/lanes.py" line="47" />
            <source>Time and cost</source>
            <translation>Aika ja kustannus</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="146" />
            <location filename="../ui/map/lanes.py" line="47" />
            <source>Touchpoints</source>
            <translation>Kosketuspisteet</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="175" />
            <source>+2 delighted</source>
            <translation>+2 ilahtunut</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="175" />
            <source>0 neutral</source>
            <translation>0 neutraali</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="175" />
            <source>−2 upset</source>
            <translation>−2 harmistunut</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="58" />
            <location filename="../canvas/legend.py" line="64" />
            <source>Persona: {name}</source>
            <translation>Persoona: {name}</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="62" />
            <source>All personas</source>
            <translation>Kaikki persoonat</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="68" />
            <source>{count} stages</source>
            <translation>{count} vaihetta</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="82" />
            <source>the design explains {share} of the observed moves</source>
            <translation>suunnitelma selittää {share} havaituista siirtymistä</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="96" />
            <location filename="../export/map_image.py" line="685" />
            <source>Journey map</source>
            <translation>Asiakaspolkukartta</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="177" />
            <source>Goals</source>
            <translation>Tavoitteet</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="178" />
            <source>Needs</source>
            <translation>Tarpeet</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="179" />
            <source>Frustrations</source>
            <translation>Turhautumiset</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="207" />
            <source>dotted = observed only</source>
            <translation>pisteviiva = vain havaittu</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="215" />
            <source>faded = nobody took it</source>
            <translation>haalea = kukaan ei kulkenut</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="248" />
            <source>Legend</source>
            <translation>Selite</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="265" />
            <source>customers lost at a step</source>
            <translation>kosketuspisteessä menetetyt asiakkaat</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="280" />
            <source>ratings: bad → good (dashed = missing)</source>
            <translation>arviot: huono → hyvä (katkoviiva = puuttuu)</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="293" />
            <source>≈ hollow: under 5 answers or an estimate</source>
            <translation>≈ ontto: alle 5 vastausta tai arvio</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="299" />
            <source>width = customers; dashed = going back</source>
            <translation>leveys = asiakkaat; katkoviiva = paluu</translation>
        </message>
        <message>
            <location filename="../canvas/scene.py" line="708" />
            <location filename="../canvas/scene.py" line="739" />
            <location filename="../canvas/scene.py" line="806" />
            <source>observed</source>
            <translation>havaittu</translation>
        </message>
        <message>
            <location filename="../canvas/service_cost.py" line="66" />
            <source>active</source>
            <translation>aktiivinen</translation>
        </message>
        <message>
            <location filename="../canvas/service_cost.py" line="66" />
            <source>meta-active</source>
            <translation>meta-aktiivinen</translation>
        </message>
        <message>
            <location filename="../canvas/service_cost.py" line="66" />
            <source>passive</source>
            <translation>passiivinen</translation>
        </message>
        <message>
            <location filename="../canvas/service_cost.py" line="66" />
            <source>proactive</source>
            <translation>proaktiivinen</translation>
        </message>
        <message>
            <location filename="../canvas/service_cost.py" line="66" />
            <source>reactive</source>
            <translation>reaktiivinen</translation>
        </message>
        <message>
            <location filename="../canvas/service_cost.py" line="118" />
            <source>no service level</source>
            <translation>ei palvelutasoa</translation>
        </message>
        <message>
            <location filename="../canvas/service_cost.py" line="169" />
            <source>{amount} spent on leavers</source>
            <translation>{amount} poistuneisiin käytetty</translation>
        </message>
        <message>
            <location filename="../export/map_image.py" line="436" />
            <source>continued · part {part} of {parts}</source>
            <translation>jatkuu · osa {part}/{parts}</translation>
        </message>
        <message>
            <location filename="../export/map_image.py" line="743" />
            <source>{title} — page {number} of {total}: row {row} of {rows}, column {col} of {cols}. Dashed marks: {overlap} mm overlap.</source>
            <translation>{title} — sivu {number}/{total}: rivi {row}/{rows}, sarake {col}/{cols}. Katkoviivat: {overlap} mm limitys.</translation>
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
            <location filename="../ui/map/view.py" line="255" />
            <source>Hide Lane '{name}'</source>
            <translation>Piilota kaista ”{name}”</translation>
        </message>
        <message>
            <location filename="../ui/map/view.py" line="256" />
            <source>Take the lane off the map (View ▸ Lanes shows it again)</source>
            <translation>Poista kaista kartalta (Näytä ▸ Kaistat tuo sen takaisin)</translation>
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
            <location filename="../ui/files/export_dialog.py" line="65" />
            <source>Mermaid keeps stages, steps, one emotion score per step and the personas who rated it; everything else is left out</source>
            <translation>Mermaid säilyttää vaiheet, kosketuspisteet, yhden tunnearvion kosketuspistettä kohden ja sen antaneet persoonat; kaikki muu jää pois</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../ui/files/export_dialog.py" line="157" />
            <location filename="../ui/files/export_dialog.py" line="228" />
            <source>Export</source>
            <translation>Vie</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="162" />
            <source>PNG image</source>
            <translation>PNG-kuva</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="163" />
            <source>SVG drawing</source>
            <translation>SVG-piirros</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="164" />
            <source>PDF document</source>
            <translation>PDF-asiakirja</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="165" />
            <source>Excel workbook</source>
            <translation>Excel-työkirja</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="166" />
            <source>CSV of steps and ratings</source>
            <translation>CSV kosketuspisteistä ja arvioista</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="167" />
            <source>Mermaid journey text</source>
            <translation>Mermaid journey -teksti</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="172" />
            <source>The whole map</source>
            <translation>Koko kartta</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="174" />
            <source>Emotion curve chart</source>
            <translation>Tunnekäyrä (kaavio)</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="175" />
            <source>Drop-off funnel chart</source>
            <translation>Poistumasuppilo (kaavio)</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="176" />
            <source>Ratings heatmap chart</source>
            <translation>Arvioiden lämpökartta (kaavio)</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="177" />
            <source>Customer flow (Sankey) chart</source>
            <translation>Asiakasvirta (Sankey-kaavio)</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="178" />
            <source>Roadmap page</source>
            <translation>Tiekarttasivu</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="182" />
            <source>Executive summary (one A4 page)</source>
            <translation>Johdon yhteenveto (yksi A4-sivu)</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="184" />
            <source>English</source>
            <translation>englanti</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="184" />
            <source>Finnish</source>
            <translation>suomi</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="186" />
            <source>The journey's language ({0})</source>
            <translation>Asiakaspolun kieli ({0})</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="194" />
            <source>All personas</source>
            <translation>Kaikki persoonat</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="206" />
            <source>One page sized to the map</source>
            <translation>Yksi kartan kokoinen sivu</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="207" />
            <source>A4 landscape pages</source>
            <translation>A4-vaakasivut</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="208" />
            <source>A3 landscape pages</source>
            <translation>A3-vaakasivut</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="213" />
            <source>Browse…</source>
            <translation>Selaa…</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="218" />
            <source>Format</source>
            <translation>Muoto</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="219" />
            <source>Content</source>
            <translation>Sisältö</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="220" />
            <source>Persona</source>
            <translation>Persoona</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="221" />
            <source>Language</source>
            <translation>Kieli</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="222" />
            <source>Resolution</source>
            <translation>Tarkkuus</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="223" />
            <source>PDF pages</source>
            <translation>PDF-sivut</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="224" />
            <source>Save to</source>
            <translation>Tiedosto</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="264" />
            <source>Export to</source>
            <translation>Vie tiedostoon</translation>
        </message>
    </context>
    <context>
        <name>ExportRunner</name>
        <message>
            <location filename="../ui/files/export_dialog.py" line="113" />
            <source>Exporting {name}…</source>
            <translation>Viedään {name}…</translation>
        </message>
    </context>
    <context>
        <name>ExportText</name>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>+ {count} more</source>
            <translation>+ {count} lisää</translation>
        </message>
        <message>
            <source>A leading apostrophe keeps text from being run as a formula; it is removed on import.</source>
            <translation>Alussa oleva heittomerkki estää tekstiä toimimasta kaavana; tuonti poistaa sen.</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Kohde</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiivinen</translation>
        </message>
        <message>
            <source>Added and removed steps show their own values; the others the change.</source>
            <translation>Lisätyillä ja poistetuilla kosketuspisteillä näkyvät niiden omat arvot, muilla muutos.</translation>
        </message>
        <message>
            <source>Affected</source>
            <translation>Koskee</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Jälkeen</translation>
        </message>
        <message>
            <source>All customers' cost (€)</source>
            <translation>Kaikkien asiakkaiden kustannus (€)</translation>
        </message>
        <message>
            <source>All customers' minutes</source>
            <translation>Kaikkien asiakkaiden minuutit</translation>
        </message>
        <message>
            <source>Answer to</source>
            <translation>Vastaus kommenttiin</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Vastaukset</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Alue</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Kirjoittaja</translation>
        </message>
        <message>
            <source>Backstage</source>
            <translation>Kulissit</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Ennen</translation>
        </message>
        <message>
            <source>Before: {before}   →   After: {after}</source>
            <translation>Ennen: {before}   →   Jälkeen: {after}</translation>
        </message>
        <message>
            <source>CX maturity</source>
            <translation>Asiakaskokemuksen kypsyys</translation>
        </message>
        <message>
            <source>CX maturity areas</source>
            <translation>Asiakaskokemuksen kypsyyden alueet</translation>
        </message>
        <message>
            <source>CX maturity areas the cards improve:</source>
            <translation>Asiakaskokemuksen kypsyysalueet, joita kortit parantavat:</translation>
        </message>
        <message>
            <source>CX maturity, 1 assessment</source>
            <translation>Asiakaskokemuksen kypsyys, 1 arvio</translation>
        </message>
        <message>
            <source>CX maturity, {count} assessments</source>
            <translation>Asiakaskokemuksen kypsyys, {count} arviota</translation>
        </message>
        <message>
            <source>CX maturity: no assessments yet</source>
            <translation>Asiakaskokemuksen kypsyys: ei vielä arvioita</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Muutos</translation>
        </message>
        <message>
            <source>Changes channel</source>
            <translation>Vaihtaa kanavaa</translation>
        </message>
        <message>
            <source>Changes owner</source>
            <translation>Vaihtaa omistajaa</translation>
        </message>
        <message>
            <source>Channel ID</source>
            <translation>Kanavan ID</translation>
        </message>
        <message>
            <source>Channel switches</source>
            <translation>Kanavanvaihdot</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanavat</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Kaaviot</translation>
        </message>
        <message>
            <source>Check errors</source>
            <translation>Tarkistusten virheet</translation>
        </message>
        <message>
            <source>Check warnings</source>
            <translation>Tarkistusten varoitukset</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Väri</translation>
        </message>
        <message>
            <source>Columns with grey italic headers (In, Out, Dropped, Drop-off, names) and the</source>
            <translation>Sarakkeet, joiden otsikko on harmaa kursiivi (Sisään, Ulos, Menetetyt, Poistuma, nimet), ja</translation>
        </message>
        <message>
            <source>Comment ID</source>
            <translation>Kommentin tunnus</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Kommentit</translation>
        </message>
        <message>
            <source>Computed priority</source>
            <translation>Laskettu prioriteetti</translation>
        </message>
        <message>
            <source>Conversion</source>
            <translation>Konversio</translation>
        </message>
        <message>
            <source>Cost (€)</source>
            <translation>Kustannus (€)</translation>
        </message>
        <message>
            <source>Cost (€) per completion, leavers included</source>
            <translation>Kustannus (€) suoritusta kohden, poistuneet mukaan lukien</translation>
        </message>
        <message>
            <source>Cost (€) per customer who completes</source>
            <translation>Kustannus (€) loppuun asti edennyttä asiakasta kohden</translation>
        </message>
        <message>
            <source>Cost (€) per customer who enters</source>
            <translation>Kustannus (€) aloittanutta asiakasta kohden</translation>
        </message>
        <message>
            <source>Cost (€) spent on customers who left</source>
            <translation>Poistuneisiin asiakkaisiin käytetty kustannus (€)</translation>
        </message>
        <message>
            <source>Cost (€), all customers</source>
            <translation>Kustannus (€), kaikki asiakkaat</translation>
        </message>
        <message>
            <source>Cost so far (€)</source>
            <translation>Kustannus tähän asti (€)</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>Jakauma</translation>
        </message>
        <message>
            <source>Critical pain points</source>
            <translation>Kriittiset kipupisteet</translation>
        </message>
        <message>
            <source>Culture</source>
            <translation>Kulttuuri</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Nykytaso</translation>
        </message>
        <message>
            <source>Current range</source>
            <translation>Nykytason vaihteluväli</translation>
        </message>
        <message>
            <source>Customer goal</source>
            <translation>Asiakkaan tavoite</translation>
        </message>
        <message>
            <source>Customer understanding</source>
            <translation>Asiakasymmärrys</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Asiakasmäärä</translation>
        </message>
        <message>
            <source>Customers completing</source>
            <translation>Loppuun asti edenneet asiakkaat</translation>
        </message>
        <message>
            <source>Customers entering</source>
            <translation>Asiakkaita aloittaa</translation>
        </message>
        <message>
            <source>Customers in</source>
            <translation>Asiakkaita sisään</translation>
        </message>
        <message>
            <source>Customers lost at each step</source>
            <translation>Kussakin kosketuspisteessä menetetyt asiakkaat</translation>
        </message>
        <message>
            <source>Customers per stage</source>
            <translation>Asiakkaat vaiheittain</translation>
        </message>
        <message>
            <source>Customers reaching a success end</source>
            <translation>Asiakkaita pääsee tavoitteeseen</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Päivämäärä</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Toteutus</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Kuvaus</translation>
        </message>
        <message>
            <source>Design</source>
            <translation>Suunnittelu</translation>
        </message>
        <message>
            <source>Doing</source>
            <translation>Tekee</translation>
        </message>
        <message>
            <source>Drop-off</source>
            <translation>Poistuma</translation>
        </message>
        <message>
            <source>Drop-off cost (€)</source>
            <translation>Poistuneiden kustannus (€)</translation>
        </message>
        <message>
            <source>Drop-off minutes</source>
            <translation>Poistuneiden minuutit</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Menetetyt</translation>
        </message>
        <message>
            <source>Duration (min)</source>
            <translation>Kesto (min)</translation>
        </message>
        <message>
            <source>E {effort}</source>
            <translation>T {effort}</translation>
        </message>
        <message>
            <source>Ease</source>
            <translation>Vaivattomuus</translation>
        </message>
        <message>
            <source>Ease (mean)</source>
            <translation>Vaivattomuus (keskiarvo)</translation>
        </message>
        <message>
            <source>Edit the title and description above, and the sheets Stages, Steps, Transitions,</source>
            <translation>Muokkaa yllä otsikkoa ja kuvausta sekä taulukoita Vaiheet, Kosketuspisteet, Siirtymät,</translation>
        </message>
        <message>
            <source>Editing this workbook</source>
            <translation>Työkirjan muokkaaminen</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Työmäärä</translation>
        </message>
        <message>
            <source>Effort (1 low – 5 high)</source>
            <translation>Työmäärä (1 pieni – 5 suuri)</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>Tunne</translation>
        </message>
        <message>
            <source>Emotion (mean)</source>
            <translation>Tunne (keskiarvo)</translation>
        </message>
        <message>
            <source>Emotion (−2 … +2)</source>
            <translation>Tunne (−2 … +2)</translation>
        </message>
        <message>
            <source>Emotion along the journey (mean of the personas)</source>
            <translation>Tunne asiakaspolun varrella (persoonien keskiarvo)</translation>
        </message>
        <message>
            <source>Emotion at each step, before (dashed) and after (solid)</source>
            <translation>Tunne kussakin kosketuspisteessä, ennen (katkoviiva) ja jälkeen (yhtenäinen viiva)</translation>
        </message>
        <message>
            <source>Emotion at every step, in stage order</source>
            <translation>Tunne jokaisessa kosketuspisteessä vaiheiden järjestyksessä</translation>
        </message>
        <message>
            <source>Emotion: {name}</source>
            <translation>Tunne: {name}</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Tutkimusnäyttö</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>Jätetty pois</translation>
        </message>
        <message>
            <source>Executive summary</source>
            <translation>Johdon tiivistelmä</translation>
        </message>
        <message>
            <source>Feeling</source>
            <translation>Tuntee</translation>
        </message>
        <message>
            <source>Five worst pain points</source>
            <translation>Viisi pahinta kipupistettä</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Mistä</translation>
        </message>
        <message>
            <source>From channel</source>
            <translation>Kanavasta</translation>
        </message>
        <message>
            <source>From owner</source>
            <translation>Omistajalta</translation>
        </message>
        <message>
            <source>From step ID</source>
            <translation>Mistä (ID)</translation>
        </message>
        <message>
            <source>Frustrations</source>
            <translation>Turhautumiset</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Ero</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Tavoite</translation>
        </message>
        <message>
            <source>Goal (mean)</source>
            <translation>Tavoite (keskiarvo)</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Tavoitteet</translation>
        </message>
        <message>
            <source>I {impact}</source>
            <translation>V {impact}</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Vaikutus</translation>
        </message>
        <message>
            <source>Impact (1 low – 5 high)</source>
            <translation>Vaikutus (1 pieni – 5 suuri)</translation>
        </message>
        <message>
            <source>Impact × effort</source>
            <translation>Vaikutus × työmäärä</translation>
        </message>
        <message>
            <source>In</source>
            <translation>Sisään</translation>
        </message>
        <message>
            <source>Journey comparison</source>
            <translation>Asiakaspolkujen vertailu</translation>
        </message>
        <message>
            <source>Journey link</source>
            <translation>Linkitetty asiakaspolku</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Tunnusluvut</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tyyppi</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Nimiö</translation>
        </message>
        <message>
            <source>Lost (€)</source>
            <translation>Menetetty (€)</translation>
        </message>
        <message>
            <source>Major pain points</source>
            <translation>Merkittävät kipupisteet</translation>
        </message>
        <message>
            <source>Maturity areas</source>
            <translation>Kypsyysalueet</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Keskiarvo</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mittari</translation>
        </message>
        <message>
            <source>Measurement</source>
            <translation>Mittaaminen</translation>
        </message>
        <message>
            <source>Measurements</source>
            <translation>Mittaukset</translation>
        </message>
        <message>
            <source>Meta-active</source>
            <translation>Meta-aktiivinen</translation>
        </message>
        <message>
            <source>Minor pain points</source>
            <translation>Vähäiset kipupisteet</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuutit</translation>
        </message>
        <message>
            <source>Minutes per customer who completes</source>
            <translation>Minuutit loppuun asti edennyttä asiakasta kohden</translation>
        </message>
        <message>
            <source>Minutes per customer who enters</source>
            <translation>Minuutit aloittanutta asiakasta kohden</translation>
        </message>
        <message>
            <source>Minutes so far</source>
            <translation>Minuutit tähän asti</translation>
        </message>
        <message>
            <source>Minutes spent on customers who left</source>
            <translation>Poistuneisiin asiakkaisiin käytetyt minuutit</translation>
        </message>
        <message>
            <source>Minutes, all customers</source>
            <translation>Minuutit, kaikki asiakkaat</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Tarpeet</translation>
        </message>
        <message>
            <source>No level</source>
            <translation>Ei tasoa</translation>
        </message>
        <message>
            <source>No opportunities with impact and effort yet</source>
            <translation>Ei vielä parannusideoita, joilla on vaikutus ja työmäärä</translation>
        </message>
        <message>
            <source>No pain points: no step is rated badly</source>
            <translation>Ei kipupisteitä: yhtään kosketuspistettä ei ole arvioitu huonoksi</translation>
        </message>
        <message>
            <source>No ratings of emotion in either version</source>
            <translation>Kummassakaan versiossa ei ole tunnearvioita</translation>
        </message>
        <message>
            <source>No step changed.</source>
            <translation>Mikään kosketuspiste ei muuttunut.</translation>
        </message>
        <message>
            <source>Not compared: unrelated journeys.</source>
            <translation>Ei verrattu: asiakaspolut eivät liity toisiinsa.</translation>
        </message>
        <message>
            <source>Not in the matrix (impact or effort not rated): {names}</source>
            <translation>Ei matriisissa (vaikutusta tai työmäärää ei arvioitu): {names}</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Huomautus</translation>
        </message>
        <message>
            <source>Nothing to show: the journey has no steps with data for this chart</source>
            <translation>Ei näytettävää: asiakaspolulla ei ole tämän kaavion tietoja yhdessäkään kosketuspisteessä</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Parannusideat</translation>
        </message>
        <message>
            <source>Opportunities: impact × effort</source>
            <translation>Parannusideat: vaikutus × työmäärä</translation>
        </message>
        <message>
            <source>Opportunity ID</source>
            <translation>Parannusidean ID</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Ulos</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Yleiskuva</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Omistaja</translation>
        </message>
        <message>
            <source>Ownership</source>
            <translation>Omistus</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Kipu</translation>
        </message>
        <message>
            <source>Pain points</source>
            <translation>Kipupisteet</translation>
        </message>
        <message>
            <source>Pain points for</source>
            <translation>Kipupisteet</translation>
        </message>
        <message>
            <source>Pain points new</source>
            <translation>Uudet kipupisteet</translation>
        </message>
        <message>
            <source>Pain points resolved</source>
            <translation>Ratkaistut kipupisteet</translation>
        </message>
        <message>
            <source>Pain score</source>
            <translation>Kipupisteet (pisteet)</translation>
        </message>
        <message>
            <source>Passive</source>
            <translation>Passiivinen</translation>
        </message>
        <message>
            <source>Per persona (by share of customers)</source>
            <translation>Persoonittain (asiakasosuuden mukaan)</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Jakso</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persoona</translation>
        </message>
        <message>
            <source>Persona ID</source>
            <translation>Persoonan ID</translation>
        </message>
        <message>
            <source>Persona averages</source>
            <translation>Persoonien keskiarvot</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Persoonat</translation>
        </message>
        <message>
            <source>Prioritisation</source>
            <translation>Priorisointi</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioriteetti</translation>
        </message>
        <message>
            <source>Priority 0–100 = impact × (6 − effort) ÷ 25 × (½ + ½ × pain at the linked steps relative to the worst step); * set by hand. Missing impact or effort counts as 3.</source>
            <translation>Prioriteetti 0–100 = vaikutus × (6 − työmäärä) ÷ 25 × (½ + ½ × linkitettyjen kosketuspisteiden kipu suhteessa pahimpaan kosketuspisteeseen); * asetettu käsin. Puuttuva vaikutus tai työmäärä lasketaan arvoksi 3.</translation>
        </message>
        <message>
            <source>Proactive</source>
            <translation>Proaktiivinen</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Lainaus</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Sija</translation>
        </message>
        <message>
            <source>Ratings</source>
            <translation>Arviot</translation>
        </message>
        <message>
            <source>Ratings, Opportunities, Personas and Channels; add rows at the end of a table.</source>
            <translation>Arviot, Parannusideat, Persoonat ja Kanavat; lisää rivit taulukon loppuun.</translation>
        </message>
        <message>
            <source>Reactive</source>
            <translation>Reaktiivinen</translation>
        </message>
        <message>
            <source>Reactive hand-offs</source>
            <translation>Reaktiiviset siirtymät</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Syy</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Syyt</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Ratkaistu</translation>
        </message>
        <message>
            <source>Respondent</source>
            <translation>Vastaaja</translation>
        </message>
        <message>
            <source>Respondents</source>
            <translation>Vastaajat</translation>
        </message>
        <message>
            <source>Roadmap</source>
            <translation>Tiekartta</translation>
        </message>
        <message>
            <source>Roadmap — {title}</source>
            <translation>Tiekartta — {title}</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rooli</translation>
        </message>
        <message>
            <source>SD</source>
            <translation>Keskihajonta</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Pisteet</translation>
        </message>
        <message>
            <source>Service level</source>
            <translation>Palvelutaso</translation>
        </message>
        <message>
            <source>Service levels</source>
            <translation>Palvelutasot</translation>
        </message>
        <message>
            <source>Set by hand</source>
            <translation>Asetettu käsin</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Vakavuus</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Osuus</translation>
        </message>
        <message>
            <source>Shared source</source>
            <translation>Jaettu lähde</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Lähde</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <source>Stage ID</source>
            <translation>Vaiheen ID</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Vaiheet</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Kosketuspiste</translation>
        </message>
        <message>
            <source>Step ID</source>
            <translation>Kosketuspisteen ID</translation>
        </message>
        <message>
            <source>Step IDs</source>
            <translation>Kosketuspisteiden ID:t</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Kosketuspisteet</translation>
        </message>
        <message>
            <source>Steps on the main path</source>
            <translation>Kosketuspisteitä pääpolulla</translation>
        </message>
        <message>
            <source>Steps that changed most (change, after − before)</source>
            <translation>Eniten muuttuneet kosketuspisteet (muutos, jälkeen − ennen)</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Yhteenveto</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tunnisteet</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Tavoite</translation>
        </message>
        <message>
            <source>Target range</source>
            <translation>Tavoitteen vaihteluväli</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Teksti</translation>
        </message>
        <message>
            <source>The two journeys share {shared} of {total} step ids: they look unrelated, so their steps are not compared one by one.</source>
            <translation>Asiakaspoluilla on yhteisiä vain {shared}/{total} kosketuspisteen tunnistetta: ne näyttävät toisiinsa liittymättömiltä, joten kosketuspisteitä ei verrata yksitellen.</translation>
        </message>
        <message>
            <source>The whole journey</source>
            <translation>Koko asiakaspolku</translation>
        </message>
        <message>
            <source>Then run: journeymap import THIS.xlsx -o NEW.journey.json</source>
            <translation>Aja sitten: journeymap import TÄMÄ.xlsx -o UUSI.journey.json</translation>
        </message>
        <message>
            <source>Thinking</source>
            <translation>Ajattelee</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation>Aika (UTC)</translation>
        </message>
        <message>
            <source>Time and cost</source>
            <translation>Aika ja kustannus</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Otsikko</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Mihin</translation>
        </message>
        <message>
            <source>To channel</source>
            <translation>Kanavaan</translation>
        </message>
        <message>
            <source>To owner</source>
            <translation>Omistajalle</translation>
        </message>
        <message>
            <source>To step ID</source>
            <translation>Mihin (ID)</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Yhteensä</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Kosketuspisteet</translation>
        </message>
        <message>
            <source>Transition ID</source>
            <translation>Siirtymän ID</translation>
        </message>
        <message>
            <source>Transitions</source>
            <translation>Siirtymät</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Määrä</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Syy</translation>
        </message>
        <message>
            <source>Worst</source>
            <translation>Pahin</translation>
        </message>
        <message>
            <source>Worst pain point at the linked steps:</source>
            <translation>Pahin kipupiste linkitetyissä kosketuspisteissä:</translation>
        </message>
        <message>
            <source>X</source>
            <translation>X</translation>
        </message>
        <message>
            <source>Y</source>
            <translation>Y</translation>
        </message>
        <message>
            <source>after</source>
            <translation>jälkeen</translation>
        </message>
        <message>
            <source>all personas</source>
            <translation>kaikki persoonat</translation>
        </message>
        <message>
            <source>bad</source>
            <translation>huono</translation>
        </message>
        <message>
            <source>before</source>
            <translation>ennen</translation>
        </message>
        <message>
            <source>big bets</source>
            <translation>isot panostukset</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>kriittinen</translation>
        </message>
        <message>
            <source>current (mean)</source>
            <translation>nykytaso (keskiarvo)</translation>
        </message>
        <message>
            <source>customers lost at the step</source>
            <translation>kosketuspisteessä menetetyt asiakkaat</translation>
        </message>
        <message>
            <source>customers moving on</source>
            <translation>eteenpäin siirtyvät asiakkaat</translation>
        </message>
        <message>
            <source>customers per stage</source>
            <translation>asiakkaat vaiheittain</translation>
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
            <source>emotion at every rated step</source>
            <translation>tunne jokaisessa arvioidussa kosketuspisteessä</translation>
        </message>
        <message>
            <source>finish here</source>
            <translation>päättyy tavoitteeseen tässä</translation>
        </message>
        <message>
            <source>flow of customers</source>
            <translation>asiakasvirta</translation>
        </message>
        <message>
            <source>gap {gap}</source>
            <translation>ero {gap}</translation>
        </message>
        <message>
            <source>go on to a later stage</source>
            <translation>jatkaa myöhempään vaiheeseen</translation>
        </message>
        <message>
            <source>good</source>
            <translation>hyvä</translation>
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
            <source>lost</source>
            <translation>menetetty</translation>
        </message>
        <message>
            <source>lost in this stage</source>
            <translation>menetetään tässä vaiheessa</translation>
        </message>
        <message>
            <source>main path</source>
            <translation>pääpolku</translation>
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
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <source>neutral</source>
            <translation>neutraali</translation>
        </message>
        <message>
            <source>no</source>
            <translation>ei</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ei mitään</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>suunniteltu</translation>
        </message>
        <message>
            <source>pp</source>
            <translation>%-yks.</translation>
        </message>
        <message>
            <source>quick wins</source>
            <translation>nopeat voitot</translation>
        </message>
        <message>
            <source>ratings (– = missing)</source>
            <translation>arviot (– = puuttuu)</translation>
        </message>
        <message>
            <source>report sheets are worked out again from the data and ignored on import.</source>
            <translation>raporttitaulukot lasketaan tiedoista uudelleen, eikä tuonti lue niitä.</translation>
        </message>
        <message>
            <source>spread of current answers</source>
            <translation>nykytason vastausten vaihtelu</translation>
        </message>
        <message>
            <source>target (mean)</source>
            <translation>tavoite (keskiarvo)</translation>
        </message>
        <message>
            <source>very negative</source>
            <translation>hyvin kielteinen</translation>
        </message>
        <message>
            <source>very positive</source>
            <translation>hyvin myönteinen</translation>
        </message>
        <message>
            <source>volumes unknown</source>
            <translation>määrät tuntemattomia</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>kyllä</translation>
        </message>
        <message>
            <source>{count} arrive</source>
            <translation>{count} saapuu</translation>
        </message>
        <message>
            <source>{count} come back from later stages</source>
            <translation>{count} palaa myöhemmistä vaiheista</translation>
        </message>
        <message>
            <source>{count} customers move back to an earlier step (not drawn as bands)</source>
            <translation>{count} asiakasta palaa aiempaan kosketuspisteeseen (ei piirretty virtoina)</translation>
        </message>
        <message>
            <source>{count} of them start here</source>
            <translation>{count} heistä aloittaa tässä</translation>
        </message>
        <message>
            <source>{drop} lost</source>
            <translation>{drop} menetetty</translation>
        </message>
        <message>
            <source>− removed
+ added
~ changed</source>
            <translation>− poistettu
+ lisätty
~ muuttunut</translation>
        </message>
    </context>
    <context>
        <name>FileHandler</name>
        <message>
            <location filename="../ui/files/handler.py" line="88" />
            <location filename="../ui/files/handler.py" line="152" />
            <source>Untitled journey</source>
            <translation>Nimetön asiakaspolku</translation>
        </message>
        <message>
            <location filename="../ui/files/handler.py" line="100" />
            <source>Open journey</source>
            <translation>Avaa asiakaspolku</translation>
        </message>
        <message>
            <location filename="../ui/files/handler.py" line="115" />
            <source>Cannot open the journey</source>
            <translation>Asiakaspolkua ei voi avata</translation>
        </message>
        <message>
            <location filename="../ui/files/handler.py" line="119" />
            <source>Opened {path}</source>
            <translation>Avattu {path}</translation>
        </message>
        <message>
            <location filename="../ui/files/handler.py" line="132" />
            <source>Save journey as</source>
            <translation>Tallenna asiakaspolku nimellä</translation>
        </message>
        <message>
            <location filename="../ui/files/handler.py" line="165" />
            <source>Cannot save the journey</source>
            <translation>Asiakaspolkua ei voi tallentaa</translation>
        </message>
        <message>
            <location filename="../ui/files/handler.py" line="174" />
            <source>Saved {path}</source>
            <translation>Tallennettu {path}</translation>
        </message>
        <message>
            <location filename="../ui/files/handler.py" line="180" />
            <source>{name}: {problem}</source>
            <translation>{name}: {problem}</translation>
        </message>
        <message>
            <location filename="../ui/files/handler.py" line="183" />
            <source>{name} has {count} problems. The first one: {problem}</source>
            <translation>Tiedostossa {name} on {count} ongelmaa. Ensimmäinen: {problem}</translation>
        </message>
        <message>
            <location filename="../ui/files/handler.py" line="220" />
            <source>{name} was removed from disk; save to keep it</source>
            <translation>{name} poistettiin levyltä; tallenna, jos haluat säilyttää sen</translation>
        </message>
        <message>
            <location filename="../ui/files/handler.py" line="231" />
            <source>Kept the version in the window</source>
            <translation>Ikkunassa oleva versio säilytettiin</translation>
        </message>
    </context>
    <context>
        <name>FlowScene</name>
        <message>
            <location filename="../ui/flow/scene.py" line="495" />
            <source>Move step '{0}'</source>
            <translation>Siirrä kosketuspiste ”{0}”</translation>
        </message>
        <message>
            <location filename="../ui/flow/scene.py" line="503" />
            <source>Move {0} steps</source>
            <translation>Siirrä {0} kosketuspistettä</translation>
        </message>
        <message>
            <location filename="../ui/flow/scene.py" line="527" />
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
            <location filename="../ui/flow/view.py" line="175" />
            <source>Flow</source>
            <translation>Kulku</translation>
        </message>
        <message>
            <location filename="../ui/flow/view.py" line="199" />
            <source>Auto layout</source>
            <translation>Automaattinen asettelu</translation>
        </message>
        <message>
            <location filename="../ui/flow/view.py" line="200" />
            <source>Lay out all steps afresh, left to right (one undoable change)</source>
            <translation>Asettele kaikki kosketuspisteet uudelleen vasemmalta oikealle (yksi kumottava muutos)</translation>
        </message>
        <message>
            <location filename="../ui/flow/view.py" line="205" />
            <source>Zoom in</source>
            <translation>Lähennä</translation>
        </message>
        <message>
            <location filename="../ui/flow/view.py" line="205" />
            <source>Zoom in (Ctrl++ or Ctrl+wheel)</source>
            <translation>Lähennä (Ctrl++ tai Ctrl+rulla)</translation>
        </message>
        <message>
            <location filename="../ui/flow/view.py" line="208" />
            <source>Zoom out</source>
            <translation>Loitonna</translation>
        </message>
        <message>
            <location filename="../ui/flow/view.py" line="208" />
            <source>Zoom out (Ctrl+- or Ctrl+wheel)</source>
            <translation>Loitonna (Ctrl+- tai Ctrl+rulla)</translation>
        </message>
        <message>
            <location filename="../ui/flow/view.py" line="210" />
            <source>100 %</source>
            <translation>100 %</translation>
        </message>
        <message>
            <location filename="../ui/flow/view.py" line="210" />
            <source>Actual size</source>
            <translation>Todellinen koko</translation>
        </message>
        <message>
            <location filename="../ui/flow/view.py" line="212" />
            <source>Fit</source>
            <translation>Sovita</translation>
        </message>
        <message>
            <location filename="../ui/flow/view.py" line="213" />
            <source>Show the whole journey, or as much of it as stays legible (Ctrl+0)</source>
            <translation>Näytä koko asiakaspolku tai niin suuri osa kuin luettavana mahtuu (Ctrl+0)</translation>
        </message>
        <message>
            <source>Show the whole journey (Ctrl+0)</source>
            <translation type="vanished">Näytä koko asiakaspolku (Ctrl+0)</translation>
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
            <location filename="../ui/files/export_dialog.py" line="54" />
            <source>Mermaid keeps only stages, steps in order, one score per step and the personas who gave it. Not in the imported journey: channels, owners, branches and loops (steps are linked one after another), customer counts, goal and ease ratings (the score becomes emotion), doing / thinking / feeling texts and opportunities.</source>
            <translation>Mermaid säilyttää vain vaiheet, kosketuspisteet järjestyksessä, yhden pistemäärän kosketuspistettä kohden ja sen antaneet persoonat. Tuodusta polusta puuttuvat: kanavat, omistajat, haarat ja silmukat (kosketuspisteet yhdistetään peräkkäin), asiakasmäärät, tavoite- ja vaivattomuusarviot (pistemäärästä tulee tunne), tekee / ajattelee / tuntee -tekstit ja parannusmahdollisuudet.</translation>
        </message>
    </context>
    <context>
        <name>InsightsDock</name>
        <message>
            <location filename="../ui/docks/insights.py" line="259" />
            <source>Insights</source>
            <translation>Havainnot</translation>
        </message>
    </context>
    <context>
        <name>InsightsTree</name>
        <message>
            <location filename="../ui/docks/insights.py" line="88" />
            <source>Click an entry to select its steps on the map</source>
            <translation>Valitse rivin kosketuspisteet kartalta napsauttamalla sitä</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="115" />
            <source>… and {count} more</source>
            <translation>… ja {count} muuta</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="131" />
            <source>The analysis failed, so the map shows only the customer counts you entered. Your journey is not affected.</source>
            <translation>Analyysi epäonnistui, joten kartta näyttää vain syöttämäsi asiakasmäärät. Asiakaspolkusi on ennallaan.</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="144" />
            <source>No analysis yet.</source>
            <translation>Ei vielä analyysia.</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="148" />
            <source>Pain points</source>
            <translation>Kipupisteet</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="150" />
            <source>No pain points: every rated step is at or above neutral.</source>
            <translation>Ei kipupisteitä: jokainen arvioitu kosketuspiste on neutraali tai parempi.</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="153" />
            <source>Biggest drop-offs</source>
            <translation>Suurimmat poistumat</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="155" />
            <source>No drop-off known: add customer counts to steps or transitions.</source>
            <translation>Poistumaa ei tiedetä: lisää asiakasmäärät kosketuspisteisiin tai siirtymiin.</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="158" />
            <source>Channel switches</source>
            <translation>Kanavanvaihdot</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="160" />
            <source>No channel or owner switches.</source>
            <translation>Ei kanavan- tai omistajanvaihtoja.</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="162" />
            <source>Checks</source>
            <translation>Tarkistukset</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="162" />
            <source>No problems found.</source>
            <translation>Ongelmia ei löytynyt.</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="166" />
            <source>Designed vs observed</source>
            <translation>Suunniteltu ja havaittu</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="168" />
            <source>Time and cost</source>
            <translation>Aika ja kustannus</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="170" />
            <source>No time or cost known: give steps minutes or euros.</source>
            <translation>Aikaa tai kustannusta ei tiedetä: anna kosketuspisteille minuutit tai eurot.</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="173" />
            <source>Service levels</source>
            <translation>Palvelutasot</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="175" />
            <source>No service levels: give steps or channels a level.</source>
            <translation>Ei palvelutasoja: anna kosketuspisteille tai kanaville taso.</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights.py" line="186" />
            <source>{severity} pain point, score {score}</source>
            <translation>{severity} kipupiste, pisteet {score}</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights_service.py" line="50" />
            <source>Per customer who enters: {amount}</source>
            <translation>Aloittavaa asiakasta kohden: {amount}</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights_service.py" line="55" />
            <source>Expected time and cost of one customer, weighted by the flow</source>
            <translation>Yhden asiakkaan odotettu aika ja kustannus virran mukaan painotettuna</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights_service.py" line="60" />
            <source>Per customer who completes: {amount}</source>
            <translation>Perille päässyttä asiakasta kohden: {amount}</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights_service.py" line="65" />
            <source>What a customer who reaches a success end has spent on the way</source>
            <translation>Mitä perille päässyt asiakas on matkalla käyttänyt</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights_service.py" line="71" />
            <source>Per completion, leavers included: {amount}</source>
            <translation>Perille päässyttä kohden, poistuneet mukaan lukien: {amount}</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights_service.py" line="76" />
            <source>Everything spent divided by the customers who complete</source>
            <translation>Kaikki kulut jaettuna perille päässeillä asiakkailla</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights_service.py" line="82" />
            <source>{step}: {amount} spent on {count} leavers</source>
            <translation>{step}: {amount} käytetty {count} poistuneeseen</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights_service.py" line="103" />
            <source>Reactive hand-off</source>
            <translation>Reaktiivinen siirto</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights_service.py" line="120" />
            <source>The design explains {share} of the observed moves ({designed} of {total})</source>
            <translation>Suunnitelma selittää {share} havaituista siirtymistä ({designed}/{total})</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights_service.py" line="131" />
            <source>{source} → {target}: {count}, not designed</source>
            <translation>{source} → {target}: {count}, ei suunniteltu</translation>
        </message>
        <message>
            <location filename="../ui/docks/insights_service.py" line="138" />
            <source>{count} designed transitions nobody took</source>
            <translation>{count} suunniteltua siirtymää, joita kukaan ei kulkenut</translation>
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
            <location filename="../ui/docks/inspector.py" line="67" />
            <location filename="../ui/docks/inspector.py" line="76" />
            <source>(none)</source>
            <translation>(ei valittu)</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="83" />
            <location filename="../ui/docks/inspector.py" line="137" />
            <location filename="../ui/docks/inspector.py" line="184" />
            <source>Title</source>
            <translation>Otsikko</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="84" />
            <location filename="../ui/docks/inspector.py" line="100" />
            <location filename="../ui/docks/inspector.py" line="116" />
            <location filename="../ui/docks/inspector.py" line="147" />
            <location filename="../ui/docks/inspector.py" line="185" />
            <source>Description</source>
            <translation>Kuvaus</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="85" />
            <source>A language code such as en or fi</source>
            <translation>Kielikoodi, esim. en tai fi</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="85" />
            <source>Language</source>
            <translation>Kieli</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="88" />
            <source>Sources that count</source>
            <translation>Mukaan lasketut lähteet</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="91" />
            <source>The ratings on the map and in the analysis are the n-weighted mean of the measurements of these sources</source>
            <translation>Kartan ja analyysin arviot ovat näiden lähteiden mittausten n:llä painotettu keskiarvo</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="98" />
            <location filename="../ui/docks/inspector.py" line="115" />
            <location filename="../ui/docks/inspector.py" line="119" />
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="99" />
            <source>Role or segment</source>
            <translation>Rooli tai segmentti</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="101" />
            <source>Goals</source>
            <translation>Tavoitteet</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="102" />
            <source>Needs</source>
            <translation>Tarpeet</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="103" />
            <source>Frustrations</source>
            <translation>Turhautumiset</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="104" />
            <source>Quote</source>
            <translation>Lainaus</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="105" />
            <source>Picture</source>
            <translation>Kuva</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="106" />
            <source>#rrggbb, e.g. #0072b2</source>
            <translation>#rrggbb, esim. #0072b2</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="106" />
            <source>Colour</source>
            <translation>Väri</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="107" />
            <source>Share of customers</source>
            <translation>Osuus asiakkaista</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="110" />
            <location filename="../ui/docks/inspector.py" line="132" />
            <source>Shared from</source>
            <translation>Jaettu lähteestä</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="111" />
            <location filename="../ui/docks/inspector.py" line="133" />
            <source>library.json#id: the shared item this is a copy of; empty = its own</source>
            <translation>library.json#tunniste: jaettu kohde, josta tämä on kopio; tyhjä = oma</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="120" />
            <location filename="../ui/docks/inspector.py" line="140" />
            <source>Kind</source>
            <translation>Tyyppi</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="121" />
            <location filename="../ui/docks/inspector.py" line="145" />
            <location filename="../ui/docks/inspector.py" line="187" />
            <source>Owner</source>
            <translation>Omistaja</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="121" />
            <source>The team or partner that runs it</source>
            <translation>Sitä hoitava tiimi tai kumppani</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="122" />
            <source>Run by</source>
            <translation>Omistus</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="125" />
            <location filename="../ui/docks/inspector.py" line="155" />
            <source>Service level</source>
            <translation>Palvelutaso</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="128" />
            <source>Its steps take this level unless they have their own</source>
            <translation>Kanavan kosketuspisteet saavat tämän tason, ellei niillä ole omaa</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="138" />
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="139" />
            <source>Channel</source>
            <translation>Kanava</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="141" />
            <source>Customer's goal</source>
            <translation>Asiakkaan tavoite</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="142" />
            <source>Doing</source>
            <translation>Tekee</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="143" />
            <source>Thinking</source>
            <translation>Ajattelee</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="144" />
            <source>Feeling</source>
            <translation>Tuntee</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="145" />
            <source>Team, role or partner behind it</source>
            <translation>Sen takana oleva tiimi, rooli tai kumppani</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="146" />
            <source>Backstage</source>
            <translation>Kulissit</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="148" />
            <location filename="../ui/docks/inspector.py" line="172" />
            <source>Customers</source>
            <translation>Asiakasmäärä</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="148" />
            <source>How many reached this step</source>
            <translation>Kuinka moni saapui tähän kosketuspisteeseen</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="150" />
            <source>Duration</source>
            <translation>Kesto</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="152" />
            <source>Cost</source>
            <translation>Kustannus</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="158" />
            <source>(none) takes the level of the step's channel</source>
            <translation>(ei mitään) käyttää kanavan tasoa</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="160" />
            <source>Tags</source>
            <translation>Tunnisteet</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="161" />
            <source>Evidence</source>
            <translation>Tutkimusnäyttö</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="164" />
            <source>Sub-journey</source>
            <translation>Alipolku</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="165" />
            <source>A journey file, relative to this one; a double click opens it</source>
            <translation>Asiakaspolkutiedosto tämän tiedoston kansiosta katsottuna; kaksoisnapsautus avaa sen</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="169" />
            <source>From</source>
            <translation>Mistä</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="170" />
            <source>To</source>
            <translation>Mihin</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="171" />
            <source>Label</source>
            <translation>Nimiö</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="175" />
            <source>Share</source>
            <translation>Osuus</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="180" />
            <source>Share of the source step's customers, 0–1</source>
            <translation>Osuus lähtökohdan asiakkaista, 0–1</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="186" />
            <source>Steps</source>
            <translation>Kosketuspisteet</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="188" />
            <location filename="../ui/docks/inspector.py" line="189" />
            <source>1 = low, 5 = high</source>
            <translation>1 = matala, 5 = korkea</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="188" />
            <source>Impact</source>
            <translation>Vaikutus</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="189" />
            <source>Effort</source>
            <translation>Työmäärä</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="192" />
            <source>Maturity areas</source>
            <translation>Kypsyysalueet</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="195" />
            <source>The CX maturity areas this opportunity improves</source>
            <translation>Asiakaskokemuksen kypsyysalueet, joita idea parantaa</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="197" />
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="200" />
            <source>Priority</source>
            <translation>Prioriteetti</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="204" />
            <source>0–100, set by hand; empty = computed from impact, effort and pain</source>
            <translation>0–100 käsin asetettuna; tyhjä = laskettu vaikutuksesta, työmäärästä ja kipupisteistä</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="324" />
            <source>{measure} {mean} · n = {n}</source>
            <translation>{measure} {mean} · n = {n}</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="328" />
            <location filename="../ui/docks/inspector.py" line="371" />
            <source>95 % {interval}</source>
            <translation>95 %: {interval}</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="335" />
            <source>Values without n are estimates (one answer each).</source>
            <translation>Arvot ilman n:ää ovat arvioita (kukin yksi vastaus).</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="363" />
            <source>Count this measurement in the rating (kept either way)</source>
            <translation>Laske tämä mittaus mukaan arvioon (säilyy joka tapauksessa)</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="368" />
            <source>estimate</source>
            <translation>arvio</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="376" />
            <source>not counted</source>
            <translation>ei mukana</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="382" />
            <source>Its source does not count (see the journey's sources)</source>
            <translation>Sen lähde ei ole mukana (katso asiakaspolun lähteet)</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="388" />
            <source>Delete this measurement</source>
            <translation>Poista tämä mittaus</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="413" />
            <source>Add a persona (Insert ▸ Persona) to rate this step.</source>
            <translation>Lisää persoona (Lisää ▸ Persoona), niin voit arvioida tämän kosketuspisteen.</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="417" />
            <source>Ease</source>
            <translation>Vaivattomuus</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="417" />
            <source>Emotion</source>
            <translation>Tunne</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="417" />
            <source>Goal</source>
            <translation>Tavoite</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="432" />
            <source>How many answers the values summarise</source>
            <translation>Kuinka monta vastausta arvot tiivistävät</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="436" />
            <source>Which source the values above are from; typing writes that source's values</source>
            <translation>Mistä lähteestä yllä olevat arvot ovat; kirjoittaminen muuttaa tämän lähteen arvoja</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="440" />
            <source>Note</source>
            <translation>Huomautus</translation>
        </message>
        <message>
            <source>Where the ratings come from</source>
            <translation type="vanished">Mistä arviot ovat peräisin</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktiivinen</translation>
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
            <source>culture</source>
            <translation>kulttuuri</translation>
        </message>
        <message>
            <source>customer understanding</source>
            <translation>asiakasymmärrys</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>päätös</translation>
        </message>
        <message>
            <source>delivery</source>
            <translation>toteutus</translation>
        </message>
        <message>
            <source>design</source>
            <translation>suunnittelu</translation>
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
            <source>measurement</source>
            <translation>mittaaminen</translation>
        </message>
        <message>
            <source>messaging</source>
            <translation>viestipalvelu</translation>
        </message>
        <message>
            <source>meta active</source>
            <translation>meta-aktiivinen</translation>
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
            <source>passive</source>
            <translation>passiivinen</translation>
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
            <source>prioritisation</source>
            <translation>priorisointi</translation>
        </message>
        <message>
            <source>proactive</source>
            <translation>proaktiivinen</translation>
        </message>
        <message>
            <source>reactive</source>
            <translation>reaktiivinen</translation>
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
            <location filename="../ui/docks/inspector.py" line="642" />
            <source>Inspector</source>
            <translation>Ominaisuudet</translation>
        </message>
    </context>
    <context>
        <name>InspectorPanel</name>
        <message>
            <location filename="../ui/docks/inspector.py" line="538" />
            <source>&lt;b&gt;Ratings per persona&lt;/b&gt;</source>
            <translation>&lt;b&gt;Arviot persoonittain&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="609" />
            <source>Journey</source>
            <translation>Asiakaspolku</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="610" />
            <source>Persona</source>
            <translation>Persoona</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="611" />
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="612" />
            <source>Channel</source>
            <translation>Kanava</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="613" />
            <source>Step</source>
            <translation>Kosketuspiste</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="614" />
            <source>Transition</source>
            <translation>Siirtymä</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="615" />
            <source>Opportunity</source>
            <translation>Parannusmahdollisuus</translation>
        </message>
        <message>
            <location filename="../ui/docks/inspector.py" line="621" />
            <source>{count} selected; showing the last one</source>
            <translation>{count} valittuna; näytetään viimeksi valittu</translation>
        </message>
    </context>
    <context>
        <name>ItemForm</name>
        <message>
            <location filename="../ui/docks/inspector_fields.py" line="235" />
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
        <name>LevelSelector</name>
        <message>
            <location filename="../ui/map/level_selector.py" line="23" />
            <source>Show the touchpoints of one service level; dim the others</source>
            <translation>Näytä yhden palvelutason kosketuspisteet; himmennä muut</translation>
        </message>
        <message>
            <location filename="../ui/map/level_selector.py" line="27" />
            <source>All levels</source>
            <translation>Kaikki tasot</translation>
        </message>
    </context>
    <context>
        <name>LibraryDock</name>
        <message>
            <location filename="../ui/library/dock.py" line="71" />
            <source>Library</source>
            <translation>Kirjasto</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="84" />
            <location filename="../ui/library/dock.py" line="155" />
            <source>No folder chosen</source>
            <translation>Kansiota ei ole valittu</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="87" />
            <source>Folder…</source>
            <translation>Kansio…</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="88" />
            <source>Choose the folder of journeys to show</source>
            <translation>Valitse kansio, jonka asiakaspolut näytetään</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="90" />
            <source>Refresh</source>
            <translation>Päivitä</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="91" />
            <source>Read the folder again</source>
            <translation>Lue kansio uudelleen</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="97" />
            <source>Search titles, steps, notes and personas</source>
            <translation>Hae otsikoista, kosketuspisteistä, muistiinpanoista ja persoonista</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="107" />
            <source>Journey</source>
            <translation>Asiakaspolku</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="107" />
            <source>Last change</source>
            <translation>Viimeisin muutos</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="107" />
            <source>Personas</source>
            <translation>Persoonat</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="107" />
            <source>Steps</source>
            <translation>Kosketuspisteet</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="107" />
            <location filename="../ui/library/dock.py" line="254" />
            <source>Worst pain</source>
            <translation>Pahin kipupiste</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="125" />
            <source>Shared personas and channels ({file})</source>
            <translation>Jaetut persoonat ja kanavat ({file})</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="130" />
            <source>Kind</source>
            <translation>Tyyppi</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="130" />
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="135" />
            <source>Add to Journey</source>
            <translation>Lisää asiakaspolkuun</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="136" />
            <source>Copy the chosen shared item into the open journey</source>
            <translation>Kopioi valittu jaettu kohde avoimeen asiakaspolkuun</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="139" />
            <source>Share Selected</source>
            <translation>Jaa valittu</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="141" />
            <source>Write the journey's selected persona or channel into the library file</source>
            <translation>Kirjoita asiakaspolun valittu persoona tai kanava kirjastotiedostoon</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="175" />
            <source>Reading {folder}…</source>
            <translation>Luetaan kansiota {folder}…</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="183" />
            <source>{folder} is not a folder</source>
            <translation>{folder} ei ole kansio</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="217" />
            <source>None yet: Share Selected starts {file}</source>
            <translation>Ei vielä yhtään: Jaa valittu aloittaa tiedoston {file}</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="229" />
            <source>channel</source>
            <translation>kanava</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="229" />
            <location filename="../ui/library/dock.py" line="322" />
            <source>persona</source>
            <translation>persoona</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="248" />
            <source>Choose a folder of journeys.</source>
            <translation>Valitse asiakaspolkujen kansio.</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="254" />
            <source>Text found</source>
            <translation>Löytynyt teksti</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="302" />
            <source>Journeys: {n}</source>
            <translation>Asiakaspolkuja: {n}</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="304" />
            <source>Files that cannot be read: {n}</source>
            <translation>Tiedostoja, joita ei voi lukea: {n}</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="319" />
            <source>title</source>
            <translation>otsikko</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="320" />
            <source>step</source>
            <translation>kosketuspiste</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="321" />
            <source>note</source>
            <translation>muistiinpano</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="341" />
            <source>Places found: {n}</source>
            <translation>Osumia: {n}</translation>
        </message>
        <message>
            <location filename="../ui/library/dock.py" line="343" />
            <source>Nothing found</source>
            <translation>Ei osumia</translation>
        </message>
    </context>
    <context>
        <name>LibraryLinks</name>
        <message>
            <location filename="../ui/library/install.py" line="43" />
            <source>Open &amp;Library Folder…</source>
            <translation>Avaa kir&amp;jastokansio…</translation>
        </message>
        <message>
            <location filename="../ui/library/install.py" line="44" />
            <source>Show a folder of journeys in the Library panel</source>
            <translation>Näytä asiakaspolkujen kansio Kirjasto-paneelissa</translation>
        </message>
        <message>
            <location filename="../ui/library/install.py" line="48" />
            <source>Drop-off From Sub-journeys</source>
            <translation>Poistuma alipoluista</translation>
        </message>
        <message>
            <location filename="../ui/library/install.py" line="50" />
            <source>A step linked to a sub-journey loses the customers the sub-journey loses</source>
            <translation>Alipolkuun linkitetty kosketuspiste menettää ne asiakkaat, jotka alipolku menettää</translation>
        </message>
        <message>
            <location filename="../ui/library/install.py" line="70" />
            <source>Library Folder</source>
            <translation>Kirjastokansio</translation>
        </message>
        <message>
            <location filename="../ui/library/install.py" line="135" />
            <source>The library has newer versions of {names}. Update this journey's copies?</source>
            <translation>Kirjastossa on uudempi versio kohteista {names}. Päivitetäänkö tämän asiakaspolun kopiot?</translation>
        </message>
        <message>
            <location filename="../ui/library/install.py" line="141" />
            <source>Update shared personas and channels</source>
            <translation>Päivitä jaetut persoonat ja kanavat</translation>
        </message>
        <message>
            <location filename="../ui/library/install.py" line="149" />
            <source>Select a persona or a channel to share</source>
            <translation>Valitse jaettava persoona tai kanava</translation>
        </message>
        <message>
            <location filename="../ui/library/install.py" line="153" />
            <source>Save the journey and choose a library folder first</source>
            <translation>Tallenna asiakaspolku ja valitse ensin kirjastokansio</translation>
        </message>
        <message>
            <location filename="../ui/library/install.py" line="158" />
            <source>Cannot share</source>
            <translation>Jakaminen ei onnistu</translation>
        </message>
        <message>
            <location filename="../ui/library/install.py" line="169" />
            <source>Save the journey first, so its copy can name its source</source>
            <translation>Tallenna asiakaspolku ensin, jotta kopio voi nimetä lähteensä</translation>
        </message>
        <message>
            <location filename="../ui/library/install.py" line="174" />
            <source>Cannot add</source>
            <translation>Lisääminen ei onnistu</translation>
        </message>
        <message>
            <location filename="../ui/library/install.py" line="221" />
            <source>Save the journey first: its links are relative to it</source>
            <translation>Tallenna asiakaspolku ensin: sen linkit ovat suhteessa siihen</translation>
        </message>
        <message>
            <location filename="../ui/library/install.py" line="227" />
            <source>Cannot open the sub-journey</source>
            <translation>Alipolkua ei voi avata</translation>
        </message>
        <message>
            <location filename="../ui/library/install.py" line="228" />
            <source>“{link}” of step “{step}” is not a file.</source>
            <translation>Kosketuspisteen ”{step}” linkki ”{link}” ei ole tiedosto.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/files/export_dialog.py" line="290" />
            <source>Cannot import</source>
            <translation>Tuonti ei onnistu</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="297" />
            <source>Imported from Mermaid</source>
            <translation>Tuotu Mermaidista</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="300" />
            <source>Check these cells</source>
            <translation>Tarkista nämä solut</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="303" />
            <source>Imported {name}; save it as a journey file</source>
            <translation>Tuotu {name}; tallenna se asiakaspolkutiedostoksi</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="313" />
            <source>Exported to {path}</source>
            <translation>Viety kohteeseen {path}</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="314" />
            <source>Saved to {path}</source>
            <translation>Tallennettu kohteeseen {path}</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="317" />
            <source>Export finished</source>
            <translation>Vienti valmis</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="320" />
            <source>Export failed</source>
            <translation>Vienti epäonnistui</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="332" />
            <source>Workbooks and Mermaid (*.xlsx *.mmd *.mermaid);;All files (*)</source>
            <translation>Työkirjat ja Mermaid (*.xlsx *.mmd *.mermaid);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <location filename="../ui/files/export_dialog.py" line="333" />
            <source>Import journey</source>
            <translation>Tuo asiakaspolku</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="159" />
            <source>Opening {name}…</source>
            <translation>Avataan {name}…</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="169" />
            <location filename="../ui/window_wiring.py" line="30" />
            <source>&amp;Undo</source>
            <translation>&amp;Kumoa</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="170" />
            <location filename="../ui/window_wiring.py" line="33" />
            <source>&amp;Redo</source>
            <translation>&amp;Tee uudelleen</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="175" />
            <source>Pre&amp;ferences…</source>
            <translation>A&amp;setukset…</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="177" />
            <source>Your name in comments</source>
            <translation>Nimesi kommenteissa</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="181" />
            <source>CX &amp;Maturity…</source>
            <translation>Asiakaskokemuksen k&amp;ypsyys…</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="183" />
            <source>Assess customer-experience maturity in six areas, alone or with the room</source>
            <translation>Arvioi asiakaskokemuksen kypsyys kuudella alueella, yksin tai koko huoneen kanssa</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="187" />
            <source>Undo</source>
            <translation>Kumoa</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="188" />
            <source>Redo</source>
            <translation>Tee uudelleen</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="207" />
            <source>journeymap</source>
            <translation>journeymap</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="294" />
            <source>Ready</source>
            <translation>Valmis</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="332" />
            <source>Undo {what}</source>
            <translation>Kumoa: {what}</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="335" />
            <source>Redo {what}</source>
            <translation>Tee uudelleen: {what}</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="406" />
            <source>Cannot open the example</source>
            <translation>Esimerkkiä ei voi avata</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="415" />
            <source>Autosave failed: {why}</source>
            <translation>Automaattinen tallennus epäonnistui: {why}</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="437" />
            <source>Select a stage, step, persona, channel or opportunity</source>
            <translation>Valitse vaihe, kosketuspiste, persoona, kanava tai parannusmahdollisuus</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="440" />
            <source>&lt;h3&gt;journeymap {version}&lt;/h3&gt;&lt;p&gt;A local-first editor for customer journey maps: personas, stages, touchpoints, goal / ease / emotion ratings, drop-off and pain points.&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;journeymap {version}&lt;/h3&gt;&lt;p&gt;Paikallisesti toimiva asiakaspolkukarttojen muokkain: persoonat, vaiheet, kosketuspisteet, tavoite- / vaivattomuus- / tunnearviot, poistumat ja kipupisteet.&lt;/p&gt;&lt;p&gt;Lisenssi: MIT.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="446" />
            <source>About journeymap</source>
            <translation>Tietoja journeymapista</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="465" />
            <source>{name}[*] — journeymap</source>
            <translation>{name}[*] — journeymap</translation>
        </message>
        <message>
            <location filename="../ui/window_wiring.py" line="32" />
            <source>Take back the last change</source>
            <translation>Peru viimeisin muutos</translation>
        </message>
        <message>
            <location filename="../ui/window_wiring.py" line="35" />
            <source>Make the change you took back again</source>
            <translation>Tee peruttu muutos uudelleen</translation>
        </message>
        <message>
            <location filename="../ui/window_wiring.py" line="46" />
            <source> Persona: </source>
            <translation> Persoona: </translation>
        </message>
        <message>
            <location filename="../ui/window_wiring.py" line="49" />
            <source> Service level: </source>
            <translation> Palvelutaso: </translation>
        </message>
    </context>
    <context>
        <name>MapArea</name>
        <message>
            <location filename="../ui/map/area.py" line="48" />
            <source>Map</source>
            <translation>Kartta</translation>
        </message>
        <message>
            <location filename="../ui/map/area.py" line="49" />
            <source>Flow</source>
            <translation>Kulku</translation>
        </message>
        <message>
            <location filename="../ui/map/area.py" line="51" />
            <source>Stages as columns, lanes as rows</source>
            <translation>Vaiheet sarakkeina, kaistat riveinä</translation>
        </message>
        <message>
            <location filename="../ui/map/area.py" line="52" />
            <source>The steps and transitions as a graph</source>
            <translation>Kosketuspisteet ja siirtymät verkkona</translation>
        </message>
    </context>
    <context>
        <name>MapImage</name>
        <message>
            <location filename="../export/map_image.py" line="528" />
            <source>the map is too large to read in one PNG; it was drawn as an overview at {dpi} dpi (steps as blocks, without text). To read it, export an SVG or a PDF; for print, a PDF with A3 or A4 pages.</source>
            <translation>kartta on liian suuri luettavaksi yhtenä PNG-kuvana; se piirrettiin yleiskuvana {dpi} dpi:n tarkkuudella (kosketuspisteet laatikkoina, ilman tekstiä). Luettavaa karttaa varten vie SVG tai PDF; tulostamista varten PDF A3- tai A4-sivuin.</translation>
        </message>
        <message>
            <location filename="../export/map_image.py" line="537" />
            <source>the map is too large for one PNG at {asked} dpi; it was drawn at {dpi} dpi. For print, export a PDF with A3 or A4 pages.</source>
            <translation>kartta on liian suuri yhdeksi PNG-kuvaksi {asked} dpi:n tarkkuudella; se piirrettiin {dpi} dpi:n tarkkuudella. Tulostamista varten vie PDF A3- tai A4-sivuin.</translation>
        </message>
        <message>
            <location filename="../export/map_image.py" line="609" />
            <source>the poster is drawn at {percent} to stay within PDF's 200-inch page limit</source>
            <translation>juliste piirrettiin {percent}:n kokoon, jotta se mahtuu PDF:n 200 tuuman sivukokorajaan</translation>
        </message>
    </context>
    <context>
        <name>MapScene</name>
        <message>
            <location filename="../canvas/card_item.py" line="88" />
            <source>(untitled)</source>
            <translation>(nimetön)</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="94" />
            <location filename="../canvas/cells_item.py" line="174" />
            <source>no channel</source>
            <translation>ei kanavaa</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="97" />
            <source>partner</source>
            <translation>kumppani</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="97" />
            <location filename="../canvas/cells_item.py" line="178" />
            <source>third party</source>
            <translation>kolmas osapuoli</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="307" />
            <source>DECISION</source>
            <translation>PÄÄTÖS</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="307" />
            <source>EXIT</source>
            <translation>KESKEYTYS</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="307" />
            <source>START</source>
            <translation>ALKU</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="307" />
            <source>SUCCESS END</source>
            <translation>TAVOITE SAAVUTETTU</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="351" />
            <source>lost</source>
            <translation>menetetty</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="367" />
            <source>{count} customers arrive</source>
            <translation>{count} asiakasta saapuu</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="379" />
            <source>Customers lost here: {drop}</source>
            <translation>Tässä menetetyt asiakkaat: {drop}</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="385" />
            <source>Sub-journey: {link} (double-click to open)</source>
            <translation>Alipolku: {link} (avaa kaksoisnapsautuksella)</translation>
        </message>
        <message>
            <location filename="../canvas/card_item.py" line="387" />
            <source>Drag to move · Shift-drag or drag the ⊕ handle to connect · F2 to rename</source>
            <translation>Siirrä vetämällä · yhdistä Vaihto-vetämällä tai ⊕-kahvasta · F2 nimeää uudelleen</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="77" />
            <source>⇄ switch from {channels}</source>
            <translation>⇄ vaihto kanavasta {channels}</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="139" />
            <source>A hollow chip: fewer than 5 answers, or estimates only</source>
            <translation>Ontto merkki: alle 5 vastausta tai pelkkiä arvioita</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="178" />
            <source>app</source>
            <translation>sovellus</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="178" />
            <source>chat</source>
            <translation>chat</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="178" />
            <source>digital</source>
            <translation>digitaalinen</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="178" />
            <source>email</source>
            <translation>sähköposti</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="178" />
            <source>face to face</source>
            <translation>kasvokkain</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="178" />
            <source>letter</source>
            <translation>kirje</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="178" />
            <source>messaging</source>
            <translation>viestipalvelu</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="178" />
            <source>other</source>
            <translation>muu</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="178" />
            <source>phone</source>
            <translation>puhelin</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="178" />
            <source>social media</source>
            <translation>sosiaalinen media</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="178" />
            <source>web</source>
            <translation>verkko</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="180" />
            <source>not ours</source>
            <translation>ei meidän</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="180" />
            <source>partner-run</source>
            <translation>kumppanin hoitama</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="180" />
            <source>run by us</source>
            <translation>meidän hoitama</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="296" />
            <source>ease</source>
            <translation>vaiv.</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="296" />
            <source>emo</source>
            <translation>tun.</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="296" />
            <location filename="../canvas/legend.py" line="272" />
            <location filename="../canvas/legend.py" line="285" />
            <source>goal</source>
            <translation>tav.</translation>
        </message>
        <message>
            <location filename="../canvas/cells_item.py" line="378" />
            <source>+{count} more</source>
            <translation>+{count} lisää</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="75" />
            <source>(unnamed stage)</source>
            <translation>(nimetön vaihe)</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="78" />
            <source>1 step</source>
            <translation>1 kosketuspiste</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="78" />
            <location filename="../canvas/legend.py" line="69" />
            <source>{count} steps</source>
            <translation>{count} kosketuspistettä</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="140" />
            <source>Ratings</source>
            <translation>Arviot</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="142" />
            <source>goal · ease · emotion</source>
            <translation>tavoite · vaivattomuus · tunne</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="146" />
            <location filename="../ui/map/lanes.py" line="47" />
            <source>Backstage / owner</source>
            <translation>Kulissit / omistaja</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="146" />
            <location filename="../ui/map/lanes.py" line="47" />
            <source>Channel</source>
            <translation>Kanava</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="146" />
            <location filename="../ui/map/lanes.py" line="47" />
            <source>Doing</source>
            <translation>Tekee</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="146" />
            <location filename="../ui/map/lanes.py" line="47" />
            <source>Emotion curve</source>
            <translation>Tunnekäyrä</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="146" />
            <location filename="../ui/map/lanes.py" line="47" />
            <source>Feeling</source>
            <translation>Tuntee</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="146" />
            <location filename="../ui/map/lanes.py" line="47" />
            <source>Goal · ease · emotion</source>
            <translation>Tavoite · vaivattomuus · tunne</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="146" />
            <location filename="../ui/map/lanes.py" line="47" />
            <source>Opportunities</source>
            <translation>Parannusideat</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="146" />
            <location filename="../ui/map/lanes.py" line="47" />
            <source>Pain points</source>
            <translation>Kipupisteet</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="146" />
            <location filename="../ui/map/lanes.py" line="47" />
            <source>Service level</source>
            <translation>Palvelutaso</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="146" />
            <location filename="../ui/map/lanes.py" line="47" />
            <source>Thinking</source>
            <translation>Ajattelee</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="146" />
            <location filename="../ui/map/lanes.py" line="47" />
            <source>Time and cost</source>
            <translation>Aika ja kustannus</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="146" />
            <location filename="../ui/map/lanes.py" line="47" />
            <source>Touchpoints</source>
            <translation>Kosketuspisteet</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="175" />
            <source>+2 delighted</source>
            <translation>+2 ilahtunut</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="175" />
            <source>0 neutral</source>
            <translation>0 neutraali</translation>
        </message>
        <message>
            <location filename="../canvas/header_items.py" line="175" />
            <source>−2 upset</source>
            <translation>−2 harmistunut</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="58" />
            <location filename="../canvas/legend.py" line="64" />
            <source>Persona: {name}</source>
            <translation>Persoona: {name}</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="62" />
            <source>All personas</source>
            <translation>Kaikki persoonat</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="68" />
            <source>{count} stages</source>
            <translation>{count} vaihetta</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="82" />
            <source>the design explains {share} of the observed moves</source>
            <translation>suunnitelma selittää {share} havaituista siirtymistä</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="96" />
            <location filename="../export/map_image.py" line="685" />
            <source>Journey map</source>
            <translation>Asiakaspolkukartta</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="177" />
            <source>Goals</source>
            <translation>Tavoitteet</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="178" />
            <source>Needs</source>
            <translation>Tarpeet</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="179" />
            <source>Frustrations</source>
            <translation>Turhautumiset</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="207" />
            <source>dotted = observed only</source>
            <translation>pisteviiva = vain havaittu</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="215" />
            <source>faded = nobody took it</source>
            <translation>haalea = kukaan ei kulkenut</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="248" />
            <source>Legend</source>
            <translation>Selite</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="265" />
            <source>customers lost at a step</source>
            <translation>kosketuspisteessä menetetyt asiakkaat</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="280" />
            <source>ratings: bad → good (dashed = missing)</source>
            <translation>arviot: huono → hyvä (katkoviiva = puuttuu)</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="293" />
            <source>≈ hollow: under 5 answers or an estimate</source>
            <translation>≈ ontto: alle 5 vastausta tai arvio</translation>
        </message>
        <message>
            <location filename="../canvas/legend.py" line="299" />
            <source>width = customers; dashed = going back</source>
            <translation>leveys = asiakkaat; katkoviiva = paluu</translation>
        </message>
        <message>
            <location filename="../canvas/scene.py" line="708" />
            <location filename="../canvas/scene.py" line="739" />
            <location filename="../canvas/scene.py" line="806" />
            <source>observed</source>
            <translation>havaittu</translation>
        </message>
        <message>
            <location filename="../canvas/service_cost.py" line="66" />
            <source>active</source>
            <translation>aktiivinen</translation>
        </message>
        <message>
            <location filename="../canvas/service_cost.py" line="66" />
            <source>meta-active</source>
            <translation>meta-aktiivinen</translation>
        </message>
        <message>
            <location filename="../canvas/service_cost.py" line="66" />
            <source>passive</source>
            <translation>passiivinen</translation>
        </message>
        <message>
            <location filename="../canvas/service_cost.py" line="66" />
            <source>proactive</source>
            <translation>proaktiivinen</translation>
        </message>
        <message>
            <location filename="../canvas/service_cost.py" line="66" />
            <source>reactive</source>
            <translation>reaktiivinen</translation>
        </message>
        <message>
            <location filename="../canvas/service_cost.py" line="118" />
            <source>no service level</source>
            <translation>ei palvelutasoa</translation>
        </message>
        <message>
            <location filename="../canvas/service_cost.py" line="169" />
            <source>{amount} spent on leavers</source>
            <translation>{amount} poistuneisiin käytetty</translation>
        </message>
        <message>
            <location filename="../export/map_image.py" line="436" />
            <source>continued · part {part} of {parts}</source>
            <translation>jatkuu · osa {part}/{parts}</translation>
        </message>
        <message>
            <location filename="../export/map_image.py" line="743" />
            <source>{title} — page {number} of {total}: row {row} of {rows}, column {col} of {cols}. Dashed marks: {overlap} mm overlap.</source>
            <translation>{title} — sivu {number}/{total}: rivi {row}/{rows}, sarake {col}/{cols}. Katkoviivat: {overlap} mm limitys.</translation>
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
            <location filename="../ui/map/view.py" line="255" />
            <source>Hide Lane '{name}'</source>
            <translation>Piilota kaista ”{name}”</translation>
        </message>
        <message>
            <location filename="../ui/map/view.py" line="256" />
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
        <name>Maturity</name>
        <message>
            <location filename="../ui/maturity/texts.py" line="37" />
            <source>Culture</source>
            <translation>Kulttuuri</translation>
        </message>
        <message>
            <location filename="../ui/maturity/texts.py" line="37" />
            <source>Customer understanding</source>
            <translation>Asiakasymmärrys</translation>
        </message>
        <message>
            <location filename="../ui/maturity/texts.py" line="37" />
            <source>Delivery</source>
            <translation>Toteutus</translation>
        </message>
        <message>
            <location filename="../ui/maturity/texts.py" line="37" />
            <source>Design</source>
            <translation>Suunnittelu</translation>
        </message>
        <message>
            <location filename="../ui/maturity/texts.py" line="37" />
            <source>Measurement</source>
            <translation>Mittaaminen</translation>
        </message>
        <message>
            <location filename="../ui/maturity/texts.py" line="37" />
            <source>Prioritisation</source>
            <translation>Priorisointi</translation>
        </message>
        <message>
            <location filename="../ui/maturity/texts.py" line="41" />
            <source>Do customer experience findings decide what we do first, with owners and budgets?</source>
            <translation>Ratkaisevatko asiakaskokemuksen havainnot, mitä teemme ensin, vastuuhenkilöineen ja budjetteineen?</translation>
        </message>
        <message>
            <location filename="../ui/maturity/texts.py" line="41" />
            <source>Do our people, partners and systems deliver the designed experience every time?</source>
            <translation>Tuottavatko ihmisemme, kumppanimme ja järjestelmämme suunnitellun kokemuksen joka kerta?</translation>
        </message>
        <message>
            <location filename="../ui/maturity/texts.py" line="41" />
            <source>Do we design services from the customer's journey, across channels and teams?</source>
            <translation>Suunnittelemmeko palvelut asiakkaan polun pohjalta, yli kanavien ja tiimien?</translation>
        </message>
        <message>
            <location filename="../ui/maturity/texts.py" line="41" />
            <source>Do we measure the key touchpoints (counts, minutes, euros, scores) and act on what we find?</source>
            <translation>Mittaammeko tärkeimmät kosketuspisteet (määrät, minuutit, eurot, arviot) ja toimimmeko havaintojen mukaan?</translation>
        </message>
        <message>
            <location filename="../ui/maturity/texts.py" line="41" />
            <source>Does everyone, from management to partners, look through the customer's eyes?</source>
            <translation>Katsovatko kaikki johdosta kumppaneihin asioita asiakkaan silmin?</translation>
        </message>
        <message>
            <location filename="../ui/maturity/texts.py" line="41" />
            <source>How well do we know our customers' needs, journeys and feelings, from data and from meeting them?</source>
            <translation>Kuinka hyvin tunnemme asiakkaidemme tarpeet, polut ja tunteet, datasta ja kohtaamisista?</translation>
        </message>
    </context>
    <context>
        <name>MaturityDialog</name>
        <message>
            <location filename="../ui/maturity/dialog.py" line="60" />
            <source>CX Maturity</source>
            <translation>Asiakaskokemuksen kypsyys</translation>
        </message>
        <message>
            <location filename="../ui/maturity/dialog.py" line="70" />
            <source>Area</source>
            <translation>Alue</translation>
        </message>
        <message>
            <location filename="../ui/maturity/dialog.py" line="71" />
            <source>Current</source>
            <translation>Nykytaso</translation>
        </message>
        <message>
            <location filename="../ui/maturity/dialog.py" line="72" />
            <source>Target</source>
            <translation>Tavoite</translation>
        </message>
        <message>
            <location filename="../ui/maturity/dialog.py" line="73" />
            <source>Mean now → target</source>
            <translation>Keskiarvo nyt → tavoite</translation>
        </message>
        <message>
            <location filename="../ui/maturity/dialog.py" line="74" />
            <source>Range now</source>
            <translation>Vaihteluväli nyt</translation>
        </message>
        <message>
            <location filename="../ui/maturity/dialog.py" line="75" />
            <source>Opportunities</source>
            <translation>Parannusideat</translation>
        </message>
        <message>
            <location filename="../ui/maturity/dialog.py" line="95" />
            <source>Save Assessment</source>
            <translation>Tallenna arvio</translation>
        </message>
        <message>
            <location filename="../ui/maturity/dialog.py" line="97" />
            <source>Collect in the Room…</source>
            <translation>Kerää huoneesta…</translation>
        </message>
        <message>
            <location filename="../ui/maturity/dialog.py" line="99" />
            <source>Full-screen slides: one area each, keys 1–5 current, Shift+1–5 target</source>
            <translation>Koko näytön diat: yksi alue kerrallaan, näppäimet 1–5 nykytaso, Vaihto+1–5 tavoite</translation>
        </message>
        <message>
            <location filename="../ui/maturity/dialog.py" line="111" />
            <source>Respondent:</source>
            <translation>Vastaaja:</translation>
        </message>
        <message>
            <location filename="../ui/maturity/dialog.py" line="112" />
            <source>Date:</source>
            <translation>Päivämäärä:</translation>
        </message>
        <message>
            <location filename="../ui/maturity/dialog.py" line="153" />
            <source>{count} assessments so far</source>
            <translation>{count} arviota tähän mennessä</translation>
        </message>
        <message>
            <location filename="../ui/maturity/dialog.py" line="172" />
            <source>Give at least one area a current or target level.</source>
            <translation>Anna ainakin yhdelle alueelle nyky- tai tavoitetaso.</translation>
        </message>
        <message>
            <location filename="../ui/maturity/dialog.py" line="179" />
            <source>Saved. The next respondent can answer.</source>
            <translation>Tallennettu. Seuraava vastaaja voi vastata.</translation>
        </message>
    </context>
    <context>
        <name>MaturitySlides</name>
        <message>
            <location filename="../ui/maturity/slides.py" line="64" />
            <source>CX maturity</source>
            <translation>Asiakaskokemuksen kypsyys</translation>
        </message>
        <message>
            <location filename="../ui/maturity/slides.py" line="70" />
            <source>Room vote {number}</source>
            <translation>Huoneen ääni {number}</translation>
        </message>
        <message>
            <location filename="../ui/maturity/slides.py" line="142" />
            <source>CX maturity · area {n} of {count}</source>
            <translation>Asiakaskokemuksen kypsyys · alue {n}/{count}</translation>
        </message>
        <message>
            <location filename="../ui/maturity/slides.py" line="149" />
            <source>Now</source>
            <translation>Nyt</translation>
        </message>
        <message>
            <location filename="../ui/maturity/slides.py" line="149" />
            <source>Target</source>
            <translation>Tavoite</translation>
        </message>
        <message>
            <location filename="../ui/maturity/slides.py" line="152" />
            <source>1–5 now · Shift+1–5 target · ← → area · Ctrl+Z undo · Esc leave</source>
            <translation>1–5 nyt · Vaihto+1–5 tavoite · ← → alue · Ctrl+Z kumoa · Esc poistu</translation>
        </message>
        <message>
            <location filename="../ui/maturity/slides.py" line="160" />
            <source>{label}: {mean} ({count} votes)</source>
            <translation>{label}: {mean} ({count} ääntä)</translation>
        </message>
    </context>
    <context>
        <name>OutlineDock</name>
        <message>
            <location filename="../ui/docks/outline.py" line="432" />
            <source>Outline</source>
            <translation>Rakenne</translation>
        </message>
    </context>
    <context>
        <name>OutlineModel</name>
        <message>
            <location filename="../ui/docks/outline.py" line="242" />
            <source>Cannot rename: {reason}</source>
            <translation>Nimeäminen ei onnistu: {reason}</translation>
        </message>
        <message>
            <location filename="../ui/docks/outline.py" line="250" />
            <source>Stages and steps</source>
            <translation>Vaiheet ja kosketuspisteet</translation>
        </message>
        <message>
            <location filename="../ui/docks/outline.py" line="251" />
            <source>Personas</source>
            <translation>Persoonat</translation>
        </message>
        <message>
            <location filename="../ui/docks/outline.py" line="252" />
            <source>Channels</source>
            <translation>Kanavat</translation>
        </message>
        <message>
            <location filename="../ui/docks/outline.py" line="253" />
            <source>Transitions</source>
            <translation>Siirtymät</translation>
        </message>
        <message>
            <location filename="../ui/docks/outline.py" line="254" />
            <source>Opportunities</source>
            <translation>Parannusmahdollisuudet</translation>
        </message>
        <message>
            <location filename="../ui/docks/outline.py" line="270" />
            <source>(no name)</source>
            <translation>(ei nimeä)</translation>
        </message>
    </context>
    <context>
        <name>OutlineTree</name>
        <message>
            <location filename="../ui/docks/outline.py" line="334" />
            <source>The journey as a tree. F2 renames, Delete removes, Alt+↑/↓ moves.</source>
            <translation>Asiakaspolku puuna. F2 nimeää uudelleen, Delete poistaa, Alt+↑/↓ siirtää.</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation type="vanished">(ei nimeä)</translation>
        </message>
        <message>
            <source>Cannot rename: {reason}</source>
            <translation type="vanished">Nimeäminen ei onnistu: {reason}</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation type="vanished">Kanavat</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation type="vanished">Parannusmahdollisuudet</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation type="vanished">Persoonat</translation>
        </message>
        <message>
            <source>Stages and steps</source>
            <translation type="vanished">Vaiheet ja kosketuspisteet</translation>
        </message>
        <message>
            <source>Transitions</source>
            <translation type="vanished">Siirtymät</translation>
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
        <name>PictureBox</name>
        <message>
            <location filename="../ui/docks/picture_box.py" line="33" />
            <source>Choose Picture…</source>
            <translation>Valitse kuva…</translation>
        </message>
        <message>
            <location filename="../ui/docks/picture_box.py" line="36" />
            <source>Remove Picture</source>
            <translation>Poista kuva</translation>
        </message>
        <message>
            <location filename="../ui/docks/picture_box.py" line="57" />
            <source>No picture</source>
            <translation>Ei kuvaa</translation>
        </message>
        <message>
            <location filename="../ui/docks/picture_box.py" line="70" />
            <source>Not a picture: {reason}</source>
            <translation>Ei kuva: {reason}</translation>
        </message>
        <message>
            <location filename="../ui/docks/picture_box.py" line="81" />
            <source>Choose Picture</source>
            <translation>Valitse kuva</translation>
        </message>
        <message>
            <location filename="../ui/docks/picture_box.py" line="83" />
            <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
            <translation>Kuvat (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../ui/preferences.py" line="18" />
            <source>Preferences</source>
            <translation>Asetukset</translation>
        </message>
        <message>
            <location filename="../ui/preferences.py" line="22" />
            <source>Written on your comments and answers</source>
            <translation>Kirjoitetaan kommentteihisi ja vastauksiisi</translation>
        </message>
        <message>
            <location filename="../ui/preferences.py" line="29" />
            <source>Your name in comments:</source>
            <translation>Nimesi kommenteissa:</translation>
        </message>
    </context>
    <context>
        <name>PresentationWindow</name>
        <message>
            <location filename="../ui/present/cards.py" line="57" />
            <source>No steps in this stage yet</source>
            <translation>Tässä vaiheessa ei ole vielä kosketuspisteitä</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="150" />
            <source>1 vote</source>
            <translation>1 ääni</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="151" />
            <source>{n} votes</source>
            <translation>{n} ääntä</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="189" />
            <location filename="../ui/present/cards.py" line="190" />
            <location filename="../ui/present/cards.py" line="332" />
            <location filename="../ui/present/paint.py" line="203" />
            <location filename="../ui/present/window.py" line="152" />
            <location filename="../ui/present/window.py" line="264" />
            <location filename="../ui/present/window.py" line="276" />
            <source>Ease</source>
            <translation>Vaivattomuus</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="189" />
            <location filename="../ui/present/cards.py" line="190" />
            <location filename="../ui/present/cards.py" line="332" />
            <location filename="../ui/present/paint.py" line="203" />
            <location filename="../ui/present/window.py" line="152" />
            <location filename="../ui/present/window.py" line="264" />
            <location filename="../ui/present/window.py" line="276" />
            <source>Emotion</source>
            <translation>Tunne</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="189" />
            <location filename="../ui/present/cards.py" line="190" />
            <location filename="../ui/present/cards.py" line="332" />
            <location filename="../ui/present/paint.py" line="203" />
            <location filename="../ui/present/window.py" line="152" />
            <location filename="../ui/present/window.py" line="264" />
            <location filename="../ui/present/window.py" line="276" />
            <source>Goal</source>
            <translation>Tavoite</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="191" />
            <source>ease</source>
            <translation>vaiv.</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="191" />
            <source>emo</source>
            <translation>tun.</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="191" />
            <source>goal</source>
            <translation>tav.</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="221" />
            <location filename="../ui/present/cards.py" line="307" />
            <source>{mark} {severity} pain</source>
            <translation>{mark} {severity} kipupiste</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="274" />
            <source>Nothing written down yet for doing, thinking and feeling.</source>
            <translation>Tekemistä, ajattelua ja tunteita ei ole vielä kirjattu.</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="275" />
            <location filename="../ui/present/cards.py" line="286" />
            <source>DOING</source>
            <translation>TEKEE</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="275" />
            <location filename="../ui/present/cards.py" line="286" />
            <source>FEELING</source>
            <translation>TUNTEE</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="275" />
            <location filename="../ui/present/cards.py" line="286" />
            <source>THINKING</source>
            <translation>AJATTELEE</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="301" />
            <source> · room votes here: {n}</source>
            <translation> · salin ääniä tässä: {n}</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="312" />
            <source>▼ {drop} lost here</source>
            <translation>▼ {drop} menetetty tässä</translation>
        </message>
        <message>
            <location filename="../ui/present/cards.py" line="336" />
            <location filename="../ui/present/cards.py" line="353" />
            <location filename="../ui/present/slide.py" line="93" />
            <location filename="../ui/present/slide.py" line="104" />
            <source>not rated</source>
            <translation>ei arvioitu</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="161" />
            <source>STAGE {number} OF {count}</source>
            <translation>VAIHE {number}/{count}</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="191" />
            <source>Step {number} of {count}   ·   ? keys</source>
            <translation>Kosketuspiste {number}/{count}   ·   ? näppäimet</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="195" />
            <source>Persona {number} of {count}   ·   ? keys</source>
            <translation>Persoona {number}/{count}   ·   ? näppäimet</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="199" />
            <source>I or Esc: back to the stages · P: next persona</source>
            <translation>I tai Esc: takaisin vaiheisiin · P: seuraava persoona</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="202" />
            <source>Voting {scale}: 1 = {low} … 5 = {high}</source>
            <translation>Äänestys – {scale}: 1 = {low} … 5 = {high}</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="206" />
            <source>G goal · E ease · M emotion, then 1–5 to vote</source>
            <translation>G tavoite · E vaivattomuus · M tunne, sitten ääni 1–5</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="253" />
            <source>1 – 5</source>
            <translation>1 – 5</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="253" />
            <source>?  H</source>
            <translation>?  H</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="253" />
            <source>Ctrl+Z  Ctrl+Y</source>
            <translation>Ctrl+Z  Ctrl+Y</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="253" />
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="253" />
            <source>G  E  M</source>
            <translation>G  E  M</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="253" />
            <source>Home End</source>
            <translation>Home End</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="253" />
            <source>I</source>
            <translation>I</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="253" />
            <source>P  Tab</source>
            <translation>P  Tab</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="253" />
            <source>→ ←  PgDn PgUp</source>
            <translation>→ ←  PgDn PgUp</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="253" />
            <source>↓ ↑</source>
            <translation>↓ ↑</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="254" />
            <source>first / last stage</source>
            <translation>ensimmäinen / viimeinen vaihe</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="254" />
            <source>leave the presentation</source>
            <translation>poistu esityksestä</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="254" />
            <source>next / previous stage</source>
            <translation>seuraava / edellinen vaihe</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="254" />
            <source>next / previous step</source>
            <translation>seuraava / edellinen kosketuspiste</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="254" />
            <source>next persona (All → each)</source>
            <translation>seuraava persoona (Kaikki → kukin)</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="254" />
            <source>one person's vote (emotion: 1 = −2 … 5 = +2)</source>
            <translation>yhden henkilön ääni (tunne: 1 = −2 … 5 = +2)</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="254" />
            <source>persona profile: picture, quote, goals, needs</source>
            <translation>persoonan profiili: kuva, lainaus, tavoitteet, tarpeet</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="254" />
            <source>show / hide these keys</source>
            <translation>näytä / piilota nämä näppäimet</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="254" />
            <source>undo / redo a vote</source>
            <translation>kumoa / tee ääni uudelleen</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="254" />
            <source>vote on goal, ease or emotion</source>
            <translation>arvioi tavoite, vaivattomuus tai tunne</translation>
        </message>
        <message>
            <location filename="../ui/present/paint.py" line="276" />
            <source>Esc   cancel</source>
            <translation>Esc   peru</translation>
        </message>
        <message>
            <location filename="../ui/present/profile.py" line="60" />
            <source>{percent} % of customers</source>
            <translation>{percent} % asiakkaista</translation>
        </message>
        <message>
            <location filename="../ui/present/profile.py" line="87" />
            <source>PERSONA {number} OF {count}</source>
            <translation>PERSOONA {number}/{count}</translation>
        </message>
        <message>
            <location filename="../ui/present/profile.py" line="138" />
            <source>GOALS</source>
            <translation>TAVOITTEET</translation>
        </message>
        <message>
            <location filename="../ui/present/profile.py" line="139" />
            <source>NEEDS</source>
            <translation>TARPEET</translation>
        </message>
        <message>
            <location filename="../ui/present/profile.py" line="140" />
            <source>FRUSTRATIONS</source>
            <translation>TURHAUTUMISET</translation>
        </message>
        <message>
            <location filename="../ui/present/profile.py" line="157" />
            <source>Not written down yet.</source>
            <translation>Ei vielä kirjattu.</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="105" />
            <source>mean of 1 persona</source>
            <translation>1 persoonan keskiarvo</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="105" />
            <source>mean of {n} personas</source>
            <translation>{n} persoonan keskiarvo</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="112" />
            <source>workshop</source>
            <translation>työpaja</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="113" />
            <source>survey</source>
            <translation>kysely</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="114" />
            <source>interview</source>
            <translation>haastattelu</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="115" />
            <source>analytics</source>
            <translation>analytiikka</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="116" />
            <source>observation</source>
            <translation>havainnointi</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="117" />
            <source>estimate</source>
            <translation>arvio</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="134" />
            <source>rated</source>
            <translation>arvioitu</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="155" />
            <source>(untitled step)</source>
            <translation>(nimetön kosketuspiste)</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="157" />
            <source>Decision</source>
            <translation>Päätös</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="157" />
            <source>Goal reached</source>
            <translation>Tavoite saavutettu</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="157" />
            <source>Leaves</source>
            <translation>Keskeytys</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="157" />
            <source>Start</source>
            <translation>Alku</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="177" />
            <source>All personas</source>
            <translation>Kaikki persoonat</translation>
        </message>
        <message>
            <location filename="../ui/present/slide.py" line="181" />
            <source>No stages yet</source>
            <translation>Ei vielä vaiheita</translation>
        </message>
        <message>
            <location filename="../ui/present/window.py" line="80" />
            <source>Presentation</source>
            <translation>Esitys</translation>
        </message>
        <message>
            <location filename="../ui/present/window.py" line="151" />
            <source>{scale} {value} — for which persona?</source>
            <translation>{scale} {value} — mille persoonalle?</translation>
        </message>
        <message>
            <location filename="../ui/present/window.py" line="223" />
            <source>Add a persona first: the journey has none</source>
            <translation>Lisää ensin persoona: asiakaspolulla ei ole yhtään</translation>
        </message>
        <message>
            <location filename="../ui/present/window.py" line="249" />
            <source>No step to vote on in this stage</source>
            <translation>Tässä vaiheessa ei ole äänestettävää kosketuspistettä</translation>
        </message>
        <message>
            <location filename="../ui/present/window.py" line="253" />
            <source>Add a persona first: votes are per persona</source>
            <translation>Lisää ensin persoona: äänet annetaan persoonittain</translation>
        </message>
        <message>
            <location filename="../ui/present/window.py" line="263" />
            <source>Workshop vote: {scale} {value} for '{step}' ({persona})</source>
            <translation>Työpajaääni: {scale} {value} kohteelle ”{step}” ({persona})</translation>
        </message>
        <message>
            <location filename="../ui/present/window.py" line="275" />
            <source>{scale} {value} recorded · n = {n}</source>
            <translation>{scale} {value} kirjattu · n = {n}</translation>
        </message>
        <message>
            <location filename="../ui/present/window.py" line="331" />
            <source>Votes are for steps: press I to go back to the stages</source>
            <translation>Äänet annetaan kohtaamispisteille: palaa vaiheisiin I-näppäimellä</translation>
        </message>
        <message>
            <location filename="../ui/present/window.py" line="346" />
            <source>Press G (goal), E (ease) or M (emotion) first</source>
            <translation>Paina ensin G (tavoite), E (vaivattomuus) tai M (tunne)</translation>
        </message>
        <message>
            <location filename="../ui/present/window.py" line="350" />
            <source>Votes are 1 to 5</source>
            <translation>Äänet ovat 1–5</translation>
        </message>
        <message>
            <source> · new workshop rating (was {source})</source>
            <translation type="vanished"> · uusi työpaja-arvio (aiemmin {source})</translation>
        </message>
        <message>
            <source>Emo</source>
            <translation type="vanished">Tunne</translation>
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
            <location filename="../ui/docks/inspector_fields.py" line="127" />
            <source>{name}: {low:g} = {low_label}, {high:g} = {high_label}; “–” = missing</source>
            <translation>{name}: {low:g} = {low_label}, {high:g} = {high_label}; ”–” = puuttuu</translation>
        </message>
    </context>
    <context>
        <name>RoadmapTab</name>
        <message>
            <location filename="../ui/roadmap/install.py" line="39" />
            <source>Roadmap</source>
            <translation>Tiekartta</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/install.py" line="41" />
            <source>The opportunities as a board by status and an impact × effort matrix</source>
            <translation>Parannusmahdollisuudet tilan mukaisena tauluna ja vaikutus × työmäärä -matriisina</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/install.py" line="44" />
            <source>&amp;Roadmap</source>
            <translation>T&amp;iekartta</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/install.py" line="46" />
            <source>Show the opportunities as a roadmap</source>
            <translation>Näytä parannusmahdollisuudet tiekarttana</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/install.py" line="78" />
            <source>Set Priority</source>
            <translation>Aseta prioriteetti</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/install.py" line="79" />
            <source>Priority of “{title}”, 0–100:</source>
            <translation>Kohteen ”{title}” prioriteetti, 0–100:</translation>
        </message>
    </context>
    <context>
        <name>RoadmapView</name>
        <message>
            <location filename="../ui/roadmap/view.py" line="59" />
            <source>Idea</source>
            <translation>Idea</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="60" />
            <source>Planned</source>
            <translation>Suunniteltu</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="61" />
            <source>In progress</source>
            <translation>Työn alla</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="62" />
            <source>Done</source>
            <translation>Valmis</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="63" />
            <source>Dropped</source>
            <translation>Hylätty</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="97" />
            <source>Board</source>
            <translation>Taulu</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="98" />
            <source>Impact × effort</source>
            <translation>Vaikutus × työmäärä</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="101" />
            <source>Priority 0–100 = impact × (6 − effort) ÷ 25 × (½ + ½ × the pain at the linked steps, relative to the worst step); * set by hand. Drag a card to change its status, impact or effort.</source>
            <translation>Prioriteetti 0–100 = vaikutus × (6 − työmäärä) ÷ 25 × (½ + ½ × linkitettyjen kosketuspisteiden kipu suhteessa pahimpaan kosketuspisteeseen); * asetettu käsin. Vedä korttia muuttaaksesi sen tilaa, vaikutusta tai työmäärää.</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="127" />
            <source>Owner:</source>
            <translation>Omistaja:</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="133" />
            <source>Persona:</source>
            <translation>Persoona:</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="139" />
            <source>Area:</source>
            <translation>Alue:</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="142" />
            <source>Show the opportunities that improve this CX maturity area</source>
            <translation>Näytä parannusideat, jotka parantavat tätä asiakaskokemuksen kypsyyden aluetta</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="180" />
            <source>Impact ↑   Effort →</source>
            <translation>Vaikutus ↑   Työmäärä →</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="184" />
            <source>Effort {n}</source>
            <translation>Työmäärä {n}</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="188" />
            <source>Impact {n}</source>
            <translation>Vaikutus {n}</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="228" />
            <source>All owners</source>
            <translation>Kaikki omistajat</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="229" />
            <source>No owner</source>
            <translation>Ei omistajaa</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="232" />
            <source>All personas</source>
            <translation>Kaikki persoonat</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="235" />
            <source>All areas</source>
            <translation>Kaikki alueet</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="302" />
            <source>Not rated · {n}</source>
            <translation>Arvioimatta · {n}</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="305" />
            <source>{shown} of {total} opportunities</source>
            <translation>{shown}/{total} parannusmahdollisuutta</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="313" />
            <source>impact {n}</source>
            <translation>vaikutus {n}</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="315" />
            <source>effort {n}</source>
            <translation>työmäärä {n}</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="318" />
            <source>impact and effort not rated</source>
            <translation>vaikutusta ja työmäärää ei arvioitu</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="321" />
            <source>Steps: {names}</source>
            <translation>Kosketuspisteet: {names}</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="323" />
            <source>No linked steps</source>
            <translation>Ei linkitettyjä kosketuspisteitä</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="326" />
            <source>critical</source>
            <translation>kriittinen</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="326" />
            <source>major</source>
            <translation>merkittävä</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="326" />
            <source>minor</source>
            <translation>vähäinen</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="327" />
            <source>{n} pain points, worst {severity}</source>
            <translation>kipupisteitä {n}, pahin {severity}</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="332" />
            <source>No pain points at its steps</source>
            <translation>Ei kipupisteitä sen kosketuspisteissä</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="334" />
            <source>Areas: {names}</source>
            <translation>Alueet: {names}</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="353" />
            <source>Priority set by hand: {set} (computed: {computed})</source>
            <translation>Prioriteetti asetettu käsin: {set} (laskettu: {computed})</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="383" />
            <source>Move “{title}” to {status}</source>
            <translation>Siirrä ”{title}” tilaan {status}</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="389" />
            <source>Rate “{title}”: impact {impact}, effort {effort}</source>
            <translation>Arvioi ”{title}”: vaikutus {impact}, työmäärä {effort}</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="405" />
            <source>Set the priority of “{title}”</source>
            <translation>Aseta kohteen ”{title}” prioriteetti</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="407" />
            <source>Compute the priority of “{title}”</source>
            <translation>Laske kohteen ”{title}” prioriteetti</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="430" />
            <source>Move to</source>
            <translation>Siirrä tilaan</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="435" />
            <source>Set Priority…</source>
            <translation>Aseta prioriteetti…</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="437" />
            <source>Use Computed Priority</source>
            <translation>Käytä laskettua prioriteettia</translation>
        </message>
        <message>
            <location filename="../ui/roadmap/view.py" line="440" />
            <source>Show Steps on Map</source>
            <translation>Näytä kosketuspisteet kartalla</translation>
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
