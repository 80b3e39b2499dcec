<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActionForm</name>
    <message>
        <source>Action: {title}</source>
        <translation>Action&#xa0;: {title}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{link}&lt;/b&gt; — {kind} — {state}</source>
        <translation>&lt;b&gt;{link}&lt;/b&gt; — {kind} — {state}</translation>
    </message>
    <message>
        <source>who carries the action</source>
        <translation>qui porte l’action</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>P&amp;orteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Partenaires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Éc&amp;héance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Funding source:</source>
        <translation>Source de &amp;financement&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>Indicat&amp;eur&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Alliance search</source>
        <translation>Recherche d’alliances</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>Péri&amp;mètre&#xa0;:</translation>
    </message>
    <message>
        <source>Search c&amp;hannels:</source>
        <translation>&amp;Canaux de recherche&#xa0;:</translation>
    </message>
    <message>
        <source>Candidate partners:</source>
        <translation>Partenaires candidats&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AddressView</name>
    <message>
        <source>Voting address</source>
        <translation>Adresse du vote</translation>
    </message>
    <message>
        <source>Scan to vote on the links</source>
        <translation>Scannez pour voter sur les maillons</translation>
    </message>
    <message>
        <source>No account, no internet: the phones must be on the same network as this computer.</source>
        <translation>Sans compte ni internet&#xa0;: les téléphones doivent être sur le même réseau que cet ordinateur.</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Plein écran (F11)</translation>
    </message>
</context>
<context>
    <name>AllianceBoard</name>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Validated by (member companies, the region&apos;s international office…):</source>
        <translation>Validé par (entreprises adhérentes, bureau international de la région…)&#xa0;:</translation>
    </message>
    <message>
        <source>◀ Previous stage</source>
        <translation>◀ Étape précédente</translation>
    </message>
    <message>
        <source>Next stage ▶</source>
        <translation>Étape suivante ▶</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Remove from pipeline</source>
        <translation>Retirer du suivi</translation>
    </message>
    <message>
        <source>Move the selected alliance back a stage (Ctrl+Left)</source>
        <translation>Ramener l’alliance sélectionnée à l’étape précédente (Ctrl+Gauche)</translation>
    </message>
    <message>
        <source>Move the selected alliance to the next stage (Ctrl+Right)</source>
        <translation>Faire passer l’alliance sélectionnée à l’étape suivante (Ctrl+Droite)</translation>
    </message>
    <message>
        <source>No alliance yet: add candidate partners to an action of the plan (its form), or from the matches of a gap.</source>
        <translation>Aucune alliance pour l’instant&#xa0;: ajoutez des partenaires candidats à une action du plan (dans son formulaire), ou depuis les correspondances d’un maillon faible ou manquant.</translation>
    </message>
    <message>
        <source>{stage} ({count})</source>
        <translation>{stage} ({count})</translation>
    </message>
    <message>
        <source>Move to next stage</source>
        <translation>Passer à l’étape suivante</translation>
    </message>
    <message>
        <source>Move to previous stage</source>
        <translation>Revenir à l’étape précédente</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Déplacer vers l’étape</translation>
    </message>
</context>
<context>
    <name>AllianceCommands</name>
    <message>
        <source>Cite partner</source>
        <translation>Citer le partenaire</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Modifier le partenaire</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Retirer le partenaire</translation>
    </message>
    <message>
        <source>Add partner to the pipeline</source>
        <translation>Ajouter le partenaire au suivi des alliances</translation>
    </message>
    <message>
        <source>Remove partner from the pipeline</source>
        <translation>Retirer le partenaire du suivi des alliances</translation>
    </message>
    <message>
        <source>Edit alliance</source>
        <translation>Modifier l’alliance</translation>
    </message>
    <message>
        <source>Move alliance</source>
        <translation>Faire avancer l’alliance</translation>
    </message>
    <message>
        <source>Confirm correspondence</source>
        <translation>Confirmer la correspondance</translation>
    </message>
    <message>
        <source>Reject correspondence</source>
        <translation>Rejeter la correspondance</translation>
    </message>
    <message>
        <source>Forget decision</source>
        <translation>Oublier la décision</translation>
    </message>
</context>
<context>
    <name>AllianceEditor</name>
    <message>
        <source>Alliance with {partner}</source>
        <translation>Alliance avec {partner}</translation>
    </message>
    <message>
        <source>{partner} — link: {link}</source>
        <translation>{partner} — maillon&#xa0;: {link}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape de coopération</translation>
    </message>
    <message>
        <source>Coo&amp;peration stage:</source>
        <translation>Étape de la &amp;coopération&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Governance:</source>
        <translation>&amp;Gouvernance&#xa0;:</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine démarche</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi&#xa0;:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>Qua&amp;nd&#xa0;:</translation>
    </message>
    <message>
        <source>member companies, the region&apos;s international office…</source>
        <translation>entreprises adhérentes, bureau international de la région…</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>&amp;Remarque&#xa0;:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Operations done or planned</source>
        <translation>Opérations faites ou prévues</translation>
    </message>
</context>
<context>
    <name>AllianceLabels</name>
    <message>
        <source>B2B meetings</source>
        <translation>rendez-vous d’affaires</translation>
    </message>
    <message>
        <source>business trip</source>
        <translation>mission d’affaires</translation>
    </message>
    <message>
        <source>licensing</source>
        <translation>accord de licence</translation>
    </message>
    <message>
        <source>researcher or student exchange</source>
        <translation>échange de chercheurs ou d’étudiants</translation>
    </message>
    <message>
        <source>joint call for projects</source>
        <translation>appel à projets commun</translation>
    </message>
    <message>
        <source>joint event</source>
        <translation>événement commun</translation>
    </message>
    <message>
        <source>shared platform</source>
        <translation>plateforme partagée</translation>
    </message>
    <message>
        <source>joint presence at a trade fair</source>
        <translation>présence commune sur un salon</translation>
    </message>
    <message>
        <source>Validated by {who} on {date}</source>
        <translation>Validé par {who} le {date}</translation>
    </message>
    <message>
        <source>Validated by {who}</source>
        <translation>Validé par {who}</translation>
    </message>
    <message>
        <source>Validated on {date}</source>
        <translation>Validé le {date}</translation>
    </message>
    <message>
        <source>Link: {link}</source>
        <translation>Maillon&#xa0;: {link}</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>prochaine démarche</translation>
    </message>
    <message>
        <source>Next: {step} – {date}</source>
        <translation>Ensuite&#xa0;: {step} – {date}</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Ensuite&#xa0;: {step}</translation>
    </message>
    <message>
        <source>Governance: {governance}</source>
        <translation>Gouvernance&#xa0;: {governance}</translation>
    </message>
</context>
<context>
    <name>AlliancesDock</name>
    <message>
        <source>Alliance pipeline</source>
        <translation>Suivi des alliances</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open {name}</source>
        <translation>Impossible d’ouvrir {name}</translation>
    </message>
</context>
<context>
    <name>AssetsModel</name>
    <message>
        <source>Link</source>
        <translation>Maillon</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>Stratégique</translation>
    </message>
    <message>
        <source>Achieved actions</source>
        <translation>Actions réalisées</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>AttachMap</name>
    <message>
        <source>New partner: {name}</source>
        <translation>Nouveau partenaire&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Attach a Partner&apos;s Map</source>
        <translation>Joindre la chaîne d’un partenaire</translation>
    </message>
    <message>
        <source>Which partner mapped “{file}”?</source>
        <translation>Quel partenaire a cartographié «&#xa0;{file}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Value chains and spreadsheets ({suffixes})</source>
        <translation>Chaînes de valeur et tableurs ({suffixes})</translation>
    </message>
    <message>
        <source>{file} cannot be used as a partner&apos;s map:
{reason}</source>
        <translation>{file} ne peut pas servir de chaîne d’un partenaire&#xa0;:
{reason}</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>the project could not be converted to a file ({error}).</source>
        <translation>le projet n’a pas pu être converti en fichier ({error}).</translation>
    </message>
    <message>
        <source>Autosave failed: {reason} Your changes are still open here; save the project to keep them.</source>
        <translation>Échec de l’enregistrement automatique&#xa0;: {reason} Vos modifications sont toujours ouvertes ici&#x202f;; enregistrez le projet pour les conserver.</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Add a stage before adding links.</source>
        <translation>Ajoutez une étape avant d’ajouter des maillons.</translation>
    </message>
    <message>
        <source>Add the link to which stage?</source>
        <translation>Ajouter le maillon à quelle étape&#xa0;?</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Ajouter un maillon</translation>
    </message>
    <message>
        <source>Select the upstream link, then Ctrl+click the downstream link, then press F.</source>
        <translation>Sélectionnez le maillon amont, puis Ctrl+clic sur le maillon aval, puis appuyez sur F.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statut&#xa0;: {status}</translation>
    </message>
    <message>
        <source>Strategic link</source>
        <translation>Maillon stratégique</translation>
    </message>
    <message>
        <source>End market</source>
        <translation>Marché final</translation>
    </message>
    <message>
        <source>Actors: {actors}</source>
        <translation>Acteurs&#xa0;: {actors}</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <source>Move them to another stage…</source>
        <translation>Les déplacer vers une autre étape…</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Les supprimer</translation>
    </message>
    <message>
        <source>Move links</source>
        <translation>Déplacer les maillons</translation>
    </message>
    <message>
        <source>Move the links to:</source>
        <translation>Déplacer les maillons vers&#xa0;:</translation>
    </message>
    <message>
        <source>Click in a stage (or select one of its links) first.</source>
        <translation>Cliquez d’abord dans une étape (ou sélectionnez l’un de ses maillons).</translation>
    </message>
    <message>
        <source>Tag as {status}</source>
        <translation>Marquer «&#xa0;{status}&#xa0;»</translation>
    </message>
    <message>
        <source>Toggle strategic</source>
        <translation>Stratégique (oui/non)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select upstream chain</source>
        <translation>Sélectionner la chaîne amont</translation>
    </message>
    <message>
        <source>Select downstream chain</source>
        <translation>Sélectionner la chaîne aval</translation>
    </message>
    <message>
        <source>Delete flow</source>
        <translation>Supprimer le flux</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Renommer l’étape</translation>
    </message>
    <message>
        <source>Add stage before</source>
        <translation>Ajouter une étape avant</translation>
    </message>
    <message>
        <source>Add stage after</source>
        <translation>Ajouter une étape après</translation>
    </message>
    <message>
        <source>Move stage left</source>
        <translation>Déplacer l’étape vers la gauche</translation>
    </message>
    <message>
        <source>Move stage right</source>
        <translation>Déplacer l’étape vers la droite</translation>
    </message>
    <message>
        <source>Remove stage…</source>
        <translation>Supprimer l’étape…</translation>
    </message>
    <message>
        <source>Add link here</source>
        <translation>Ajouter un maillon ici</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message numerus="yes">
        <source>The stage “{stage}” holds %n link(s). What should happen to them?</source>
        <translation>
            <numerusform>L’étape «&#xa0;{stage}&#xa0;» contient %n maillon. Que faut-il en faire&#x202f;?</numerusform>
            <numerusform>L’étape «&#xa0;{stage}&#xa0;» contient %n maillons. Que faut-il en faire&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a link first (Tab moves between links).</source>
        <translation>Sélectionnez d’abord un maillon (Tab passe d’un maillon à l’autre).</translation>
    </message>
    <message>
        <source>Flow to… (type the start of a name)</source>
        <translation>Flux vers… (tapez le début d’un nom)</translation>
    </message>
    <message>
        <source>Flow from… (type the start of a name)</source>
        <translation>Flux depuis… (tapez le début d’un nom)</translation>
    </message>
    <message>
        <source>No link starts with “{text}”.</source>
        <translation>Aucun maillon ne commence par «&#xa0;{text}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>Tag strong</source>
        <translation>Marquer «&#xa0;fort&#xa0;»</translation>
    </message>
    <message>
        <source>Tag weak</source>
        <translation>Marquer «&#xa0;faible&#xa0;»</translation>
    </message>
    <message>
        <source>Tag missing</source>
        <translation>Marquer «&#xa0;manquant&#xa0;»</translation>
    </message>
    <message>
        <source>Tag unassessed</source>
        <translation>Marquer «&#xa0;à évaluer&#xa0;»</translation>
    </message>
    <message>
        <source>Toggle strategic</source>
        <translation>Stratégique (oui/non)</translation>
    </message>
    <message>
        <source>Connect selected (first → last)</source>
        <translation>Relier la sélection par un flux (premier → dernier)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Flow to a link named…</source>
        <translation>Flux vers un maillon nommé…</translation>
    </message>
    <message>
        <source>Flow from a link named…</source>
        <translation>Flux depuis un maillon nommé…</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Ajouter un maillon</translation>
    </message>
    <message>
        <source>Add link downstream</source>
        <translation>Ajouter un maillon en aval</translation>
    </message>
    <message>
        <source>Rename link</source>
        <translation>Renommer le maillon</translation>
    </message>
    <message>
        <source>Link properties</source>
        <translation>Propriétés du maillon</translation>
    </message>
    <message>
        <source>Next link</source>
        <translation>Maillon suivant</translation>
    </message>
    <message>
        <source>Previous link</source>
        <translation>Maillon précédent</translation>
    </message>
    <message>
        <source>Go to the link on the left</source>
        <translation>Aller au maillon de gauche</translation>
    </message>
    <message>
        <source>Go to the link on the right</source>
        <translation>Aller au maillon de droite</translation>
    </message>
    <message>
        <source>Go to the link above</source>
        <translation>Aller au maillon au-dessus</translation>
    </message>
    <message>
        <source>Go to the link below</source>
        <translation>Aller au maillon en dessous</translation>
    </message>
    <message>
        <source>Move to previous stage</source>
        <translation>Passer à l’étape précédente</translation>
    </message>
    <message>
        <source>Move to next stage</source>
        <translation>Passer à l’étape suivante</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Select upstream chain</source>
        <translation>Sélectionner la chaîne amont</translation>
    </message>
    <message>
        <source>Select downstream chain</source>
        <translation>Sélectionner la chaîne aval</translation>
    </message>
    <message>
        <source>Select whole chain</source>
        <translation>Sélectionner toute la chaîne</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Renommer l’étape</translation>
    </message>
    <message>
        <source>Move stage left</source>
        <translation>Déplacer l’étape vers la gauche</translation>
    </message>
    <message>
        <source>Move stage right</source>
        <translation>Déplacer l’étape vers la droite</translation>
    </message>
    <message>
        <source>Remove stage…</source>
        <translation>Supprimer l’étape…</translation>
    </message>
</context>
<context>
    <name>ChainStatusBar</name>
    <message>
        <source>{n} {status}</source>
        <translation>{status}&#xa0;: {n}</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to assess</source>
        <translation>
            <numerusform>%n maillon à évaluer</numerusform>
            <numerusform>%n maillons à évaluer</numerusform>
        </translation>
    </message>
    <message>
        <source>{links} · {flows}</source>
        <translation>{links} · {flows}</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n maillon</numerusform>
            <numerusform>%n maillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flux</numerusform>
            <numerusform>%n flux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>{label}, {date}</source>
        <translation>{label}, {date}</translation>
    </message>
    <message>
        <source>the file {name}</source>
        <translation>le fichier {name}</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Compare the current map with:</source>
        <translation>Comparer la carte actuelle avec&#xa0;:</translation>
    </message>
    <message>
        <source>(no snapshot yet: Workshop &gt; Save Snapshot keeps one)</source>
        <translation>(aucun instantané pour l’instant&#xa0;: Atelier &gt; Enregistrer un instantané en garde un)</translation>
    </message>
    <message>
        <source>Another &amp;File…</source>
        <translation>Un autre &amp;fichier…</translation>
    </message>
    <message>
        <source>Compare with a project file</source>
        <translation>Comparer avec un fichier de projet</translation>
    </message>
    <message>
        <source>Value chain projects (*.vchain)</source>
        <translation>Projets de chaîne de valeur (*.vchain)</translation>
    </message>
    <message>
        <source>{name} cannot be compared with: {reason}</source>
        <translation>Impossible de comparer avec {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Close Comparison</source>
        <translation>Fermer la comparaison</translation>
    </message>
    <message>
        <source>Compared with: {basis}</source>
        <translation>Comparé à&#xa0;: {basis}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n changement</numerusform>
            <numerusform>%n changements</numerusform>
        </translation>
    </message>
    <message>
        <source>was {status}</source>
        <translation>était {status}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>renommé</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <source>now strategic</source>
        <translation>devenu stratégique</translation>
    </message>
    <message>
        <source>was strategic</source>
        <translation>était stratégique</translation>
    </message>
    <message>
        <source>Status changed: {name}, {old} → {new}</source>
        <translation>Statut modifié&#xa0;: {name}, {old} → {new}</translation>
    </message>
    <message>
        <source>Link added: {name} ({new})</source>
        <translation>Maillon ajouté&#xa0;: {name} ({new})</translation>
    </message>
    <message>
        <source>Link removed: {name} ({old})</source>
        <translation>Maillon supprimé&#xa0;: {name} ({old})</translation>
    </message>
    <message>
        <source>Link renamed: {old} → {new}</source>
        <translation>Maillon renommé&#xa0;: {old} → {new}</translation>
    </message>
    <message>
        <source>Link moved: {name}, {old} → {new}</source>
        <translation>Maillon déplacé&#xa0;: {name}, {old} → {new}</translation>
    </message>
    <message>
        <source>Now strategic: {name}</source>
        <translation>Devenu stratégique&#xa0;: {name}</translation>
    </message>
    <message>
        <source>No longer strategic: {name}</source>
        <translation>N’est plus stratégique&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Flow added: {name}</source>
        <translation>Flux ajouté&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Flow removed: {name}</source>
        <translation>Flux supprimé&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Action added: {name} ({new})</source>
        <translation>Action ajoutée&#xa0;: {name} ({new})</translation>
    </message>
    <message>
        <source>Action achieved: {name} ({new})</source>
        <translation>Action réalisée&#xa0;: {name} ({new})</translation>
    </message>
    <message>
        <source>Action obsolete: {name} ({new})</source>
        <translation>Action devenue obsolète&#xa0;: {name} ({new})</translation>
    </message>
    <message>
        <source>Action removed: {name} ({new})</source>
        <translation>Action retirée&#xa0;: {name} ({new})</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>Ate&amp;lier</translation>
    </message>
    <message>
        <source>Save &amp;Snapshot…</source>
        <translation>Enregistrer un &amp;instantané…</translation>
    </message>
    <message>
        <source>Keep the state of the chain in the project, dated and labelled, to compare with later</source>
        <translation>Garder dans le projet l’état de la chaîne, daté et nommé, pour le comparer plus tard</translation>
    </message>
    <message>
        <source>&amp;Compare With…</source>
        <translation>&amp;Comparer avec…</translation>
    </message>
    <message>
        <source>Show what changed since a snapshot or another file</source>
        <translation>Montrer ce qui a changé depuis un instantané ou un autre fichier</translation>
    </message>
    <message>
        <source>Close Co&amp;mparison</source>
        <translation>Fermer la co&amp;mparaison</translation>
    </message>
    <message>
        <source>Workshop {date}</source>
        <translation>Atelier {date}</translation>
    </message>
    <message>
        <source>Save Snapshot</source>
        <translation>Enregistrer un instantané</translation>
    </message>
    <message>
        <source>Label of the snapshot (e.g. the workshop):</source>
        <translation>Nom de l’instantané (par exemple l’atelier)&#xa0;:</translation>
    </message>
    <message>
        <source>A snapshot needs a label.</source>
        <translation>Un instantané doit avoir un nom.</translation>
    </message>
    <message>
        <source>Snapshot “{label}” saved in the project.</source>
        <translation>Instantané «&#xa0;{label}&#xa0;» enregistré dans le projet.</translation>
    </message>
    <message>
        <source>Save snapshot</source>
        <translation>l’enregistrement de l’instantané</translation>
    </message>
</context>
<context>
    <name>CitedPartners</name>
    <message>
        <source>Partners not in your directory</source>
        <translation>Partenaires absents de votre annuaire</translation>
    </message>
    <message numerus="yes">
        <source>This project cites %n partner(s) that your partner directory does not hold. Add them to the directory?</source>
        <translation>
            <numerusform>Ce projet cite %n partenaire que votre annuaire des partenaires ne contient pas. L’ajouter à l’annuaire&#xa0;?</numerusform>
            <numerusform>Ce projet cite %n partenaires que votre annuaire des partenaires ne contient pas. Les ajouter à l’annuaire&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) added to the directory</source>
        <translation>
            <numerusform>%n partenaire ajouté à l’annuaire</numerusform>
            <numerusform>%n partenaires ajoutés à l’annuaire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Tag as strong</source>
        <translation>le marquage «&#xa0;fort&#xa0;»</translation>
    </message>
    <message>
        <source>Tag as weak</source>
        <translation>le marquage «&#xa0;faible&#xa0;»</translation>
    </message>
    <message>
        <source>Tag as missing</source>
        <translation>le marquage «&#xa0;manquant&#xa0;»</translation>
    </message>
    <message>
        <source>Tag as unassessed</source>
        <translation>le marquage «&#xa0;à évaluer&#xa0;»</translation>
    </message>
    <message>
        <source>Rename link</source>
        <translation>le renommage du maillon</translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>le changement d’étape</translation>
    </message>
    <message>
        <source>Change strategic flag</source>
        <translation>le changement «&#xa0;stratégique&#xa0;»</translation>
    </message>
    <message>
        <source>Change end-market flag</source>
        <translation>le changement «&#xa0;marché final&#xa0;»</translation>
    </message>
    <message>
        <source>Edit actors</source>
        <translation>la modification des acteurs</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>la modification des notes</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>le déplacement</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>le changement de statut</translation>
    </message>
    <message>
        <source>Edit link</source>
        <translation>la modification du maillon</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>l’ajout du maillon</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>la suppression du maillon</translation>
    </message>
    <message>
        <source>Delete links</source>
        <translation>la suppression des maillons</translation>
    </message>
    <message>
        <source>Mark strategic</source>
        <translation>le marquage stratégique</translation>
    </message>
    <message>
        <source>Unmark strategic</source>
        <translation>le retrait du marquage stratégique</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>la disposition automatique</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>la création du flux</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>la suppression du flux</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>la suppression</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>le collage</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>la duplication</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>l’ajout de l’étape</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>le renommage de l’étape</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>le déplacement de l’étape</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>la suppression de l’étape</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>(the log file could not be written)</source>
        <translation>(le fichier journal n’a pas pu être écrit)</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Your work was autosaved; details in {log}.</source>
        <translation>Une erreur inattendue s’est produite. Votre travail a été enregistré automatiquement&#x202f;; détails dans {log}.</translation>
    </message>
</context>
<context>
    <name>DirectoryLabels</name>
    <message>
        <source>Aerospace &amp; defence</source>
        <translation>Aérospatiale et défense</translation>
    </message>
    <message>
        <source>Agri-food</source>
        <translation>Agroalimentaire</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Cultural &amp; creative industries</source>
        <translation>Industries culturelles et créatives</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Numérique</translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation>Électronique</translation>
    </message>
    <message>
        <source>Energy-intensive industries</source>
        <translation>Industries à forte intensité énergétique</translation>
    </message>
    <message>
        <source>Renewable energy</source>
        <translation>Énergies renouvelables</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Mobility, transport &amp; automotive</source>
        <translation>Mobilité, transports et automobile</translation>
    </message>
    <message>
        <source>Proximity, social economy &amp; civil security</source>
        <translation>Économie de proximité, sociale et sécurité civile</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Commerce de détail</translation>
    </message>
    <message>
        <source>Textile</source>
        <translation>Textile</translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation>Tourisme</translation>
    </message>
    <message>
        <source>The partner directory {path} is busy: another window or program is writing to it. Try again in a moment.</source>
        <translation>L’annuaire des partenaires {path} est occupé&#xa0;: une autre fenêtre ou un autre programme y écrit. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The partner directory {path} cannot be opened. Check the file and its folder, or choose another file in Preferences.</source>
        <translation>L’annuaire des partenaires {path} ne peut pas être ouvert. Vérifiez le fichier et son dossier, ou choisissez un autre fichier dans les Préférences.</translation>
    </message>
</context>
<context>
    <name>DirectoryWindow</name>
    <message>
        <source>Partner Directory</source>
        <translation>Annuaire des partenaires</translation>
    </message>
    <message>
        <source>Search name, region, competences…</source>
        <translation>Chercher un nom, une région, une compétence…</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Validated or not</source>
        <translation>Validés ou non</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validés</translation>
    </message>
    <message>
        <source>Not validated</source>
        <translation>Non validés</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Import List…</source>
        <translation>&amp;Importer une liste…</translation>
    </message>
    <message>
        <source>E&amp;xport List…</source>
        <translation>E&amp;xporter la liste…</translation>
    </message>
    <message>
        <source>Export to &amp;Share…</source>
        <translation>Exporter pour &amp;partager…</translation>
    </message>
    <message>
        <source>Without contact persons, e-mails and notes</source>
        <translation>Sans les personnes à contacter, les courriels ni les notes</translation>
    </message>
    <message>
        <source>&amp;Glossary…</source>
        <translation>&amp;Glossaire…</translation>
    </message>
    <message>
        <source>Your own French-English terms for matching link names</source>
        <translation>Vos propres termes français-anglais pour rapprocher les noms de maillons</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n partner(s)</source>
        <translation>
            <numerusform>{shown} sur %n partenaire</numerusform>
            <numerusform>{shown} sur %n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Partner</source>
        <translation>Supprimer le partenaire</translation>
    </message>
    <message>
        <source>Remove {name} from the partner directory? Projects that cite it keep their copy.</source>
        <translation>Retirer {name} de l’annuaire des partenaires&#xa0;? Les projets qui le citent gardent leur copie.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}.</source>
        <translation>Rien n’a été importé de {file}.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) added</source>
        <translation>
            <numerusform>%n partenaire ajouté</numerusform>
            <numerusform>%n partenaires ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) updated</source>
        <translation>
            <numerusform>%n partenaire mis à jour</numerusform>
            <numerusform>%n partenaires mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Partner List</source>
        <translation>Importer une liste de partenaires</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv)</source>
        <translation>Tableurs (*.xlsx *.xlsm *.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): see the details.</source>
        <translation>
            <numerusform>%n problème&#xa0;: voir le détail.</numerusform>
            <numerusform>%n problèmes&#xa0;: voir le détail.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Partner List</source>
        <translation>Exporter la liste des partenaires</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) exported</source>
        <translation>
            <numerusform>%n partenaire exporté</numerusform>
            <numerusform>%n partenaires exportés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>{name} (recovered)</source>
        <translation>{name} (récupéré)</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name} (lecture seule)</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
</context>
<context>
    <name>DocumentEdit</name>
    <message>
        <source>Edit action</source>
        <translation>Modifier l’action</translation>
    </message>
    <message>
        <source>Add candidate {name}</source>
        <translation>Ajouter le candidat {name}</translation>
    </message>
</context>
<context>
    <name>EuroSpinBox</name>
    <message>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Which version?</source>
        <translation>Quelle version&#x202f;?</translation>
    </message>
    <message>
        <source>Export the internal version, or the version to share with partners?</source>
        <translation>Exporter la version interne, ou la version à partager avec les partenaires&#x202f;?</translation>
    </message>
    <message>
        <source>The version to share with partners leaves out notes, budgets, funding sources and the names of the working group&apos;s participants.</source>
        <translation>La version à partager avec les partenaires omet les notes, les budgets, les sources de financement et les noms des participants du groupe de travail.</translation>
    </message>
    <message>
        <source>Internal version</source>
        <translation>Version interne</translation>
    </message>
    <message>
        <source>Version to share with partners</source>
        <translation>Version à partager avec les partenaires</translation>
    </message>
    <message>
        <source>“{name}” is open in another program (Excel?) or locked, so it could not be replaced. Close it there and try again, or choose another name.</source>
        <translation>«&#xa0;{name}&#xa0;» est ouvert dans un autre programme (Excel&#x202f;?) ou verrouillé&#xa0;: il n’a pas pu être remplacé. Fermez-le puis réessayez, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The folder “{folder}” is read-only: nothing was written there. Choose another folder.</source>
        <translation>Le dossier «&#xa0;{folder}&#xa0;» est en lecture seule&#xa0;: rien n’y a été écrit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The disk is full: “{name}” was not written. Free some space or choose another disk.</source>
        <translation>Le disque est plein&#xa0;: «&#xa0;{name}&#xa0;» n’a pas été écrit. Libérez de la place ou choisissez un autre disque.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Choose another name…</source>
        <translation>Choisir un autre nom…</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>“{name}” was written in {folder}.</source>
        <translation>«&#xa0;{name}&#xa0;» a été enregistré dans {folder}.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Participants&apos; names</source>
        <translation>Noms des participants</translation>
    </message>
    <message>
        <source>Some participants typed their first name with their vote. Include the participants&apos; names in the Votes sheet?</source>
        <translation>Des participants ont saisi leur prénom avec leur vote. Inclure les noms des participants dans la feuille Votes&#x202f;?</translation>
    </message>
    <message>
        <source>Without them the sheet gives the counts, the dissent and the comments only.</source>
        <translation>Sans eux, la feuille donne seulement les décomptes, le désaccord et les commentaires.</translation>
    </message>
    <message>
        <source>Leave names out</source>
        <translation>Sans les noms</translation>
    </message>
    <message>
        <source>Include names</source>
        <translation>Inclure les noms</translation>
    </message>
    <message>
        <source>Writing the action plan…</source>
        <translation>Écriture du plan d’action…</translation>
    </message>
    <message>
        <source>_action_plan_to_share</source>
        <translation>_plan_d_action_partenaires</translation>
    </message>
    <message>
        <source>_action_plan</source>
        <translation>_plan_d_action</translation>
    </message>
    <message>
        <source>Export action plan</source>
        <translation>Exporter le plan d’action</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>Taille de l’image</translation>
    </message>
    <message>
        <source>Width in pixels:</source>
        <translation>Largeur en pixels&#xa0;:</translation>
    </message>
    <message>
        <source>PDF page</source>
        <translation>Page PDF</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Format de page&#xa0;:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientation&#xa0;:</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Print map</source>
        <translation>Imprimer la carte</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>File already open</source>
        <translation>Fichier déjà ouvert</translation>
    </message>
    <message>
        <source>“{name}” is already open in another valuechain-gui window.</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà ouvert dans une autre fenêtre de valuechain-gui.</translation>
    </message>
    <message>
        <source>If you both edit it, one of you would overwrite the other&apos;s work. You can view it read-only here and use Save As to keep your changes in another file.
(Process {pid} on {host}.)</source>
        <translation>Si vous le modifiez tous les deux, l’un écrasera le travail de l’autre. Vous pouvez l’ouvrir ici en lecture seule et utiliser «&#xa0;Enregistrer sous&#xa0;» pour garder vos modifications dans un autre fichier.
(Processus {pid} sur {host}.)</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>{name} is open in another window: opened read-only.</source>
        <translation>{name} est ouvert dans une autre fenêtre&#xa0;: ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>“{name}” is open in another valuechain-gui window; saving here would overwrite its work. Choose another name.</source>
        <translation>«&#xa0;{name}&#xa0;» est ouvert dans une autre fenêtre de valuechain-gui&#x202f;; l’enregistrer ici écraserait son travail. Choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <source>Find a link</source>
        <translation>Rechercher un maillon</translation>
    </message>
    <message>
        <source>Name, actor or note…</source>
        <translation>Nom, acteur ou note…</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>acteur</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>{name} (in {where})</source>
        <translation>{name} (champ «&#xa0;{where}&#xa0;»)</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) found</source>
        <translation>
            <numerusform>%n maillon trouvé</numerusform>
            <numerusform>%n maillons trouvés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GapTableModel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Maillon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>Goulot</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Rank: 1 is the most critical gap</source>
        <translation>Rang&#xa0;: 1 est le manque le plus critique</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Marchés</translation>
    </message>
    <message>
        <source>Gain if strong</source>
        <translation>Gain si fort</translation>
    </message>
    <message>
        <source>Reach: share of the other links downstream of this one (they depend on it)</source>
        <translation>Portée&#xa0;: part des autres maillons situés en aval de celui-ci (ils en dépendent)</translation>
    </message>
    <message>
        <source>Share of the end markets downstream of this link (an end market counts itself)</source>
        <translation>Part des marchés finaux situés en aval de ce maillon (un marché final se compte lui-même)</translation>
    </message>
    <message>
        <source>Every path from a source to at least one end market passes through this link: there is no way around it</source>
        <translation>Tout chemin d’une source vers au moins un marché final passe par ce maillon&#xa0;: impossible de le contourner</translation>
    </message>
    <message>
        <source>Completeness points gained if this link alone became strong</source>
        <translation>Points de complétude gagnés si ce maillon seul devenait fort</translation>
    </message>
    <message>
        <source>Criticality from 0 to 100: reach, bottleneck, what-if gain and the strategic flag, weighed by the status (a missing link counts more than a weak one: Project &gt; Properties)</source>
        <translation>Criticité de 0 à 100&#xa0;: portée, goulot, gain si fort et marquage stratégique, pondérée par le statut (un maillon manquant compte plus qu’un maillon faible&#xa0;: Projet &gt; Propriétés)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>{name} (strategic)</source>
        <translation>{name} (stratégique)</translation>
    </message>
    <message>
        <source>{status}, marked strategic by the group</source>
        <translation>{status}, jugé stratégique par le groupe</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) downstream of it</source>
        <translation>
            <numerusform>%n maillon en aval</numerusform>
            <numerusform>%n maillons en aval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n end market(s) downstream of it</source>
        <translation>
            <numerusform>%n marché final en aval</numerusform>
            <numerusform>%n marchés finaux en aval</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a bottleneck: every end market can be reached around it</source>
        <translation>Pas un goulot d’étranglement&#xa0;: chaque marché final peut être atteint en le contournant</translation>
    </message>
    <message>
        <source>Blocks every path to: {markets}</source>
        <translation>Bloque tout chemin vers&#xa0;: {markets}</translation>
    </message>
    <message>
        <source>Completeness if this link became strong: {value}</source>
        <translation>Complétude si ce maillon devenait fort&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Criticality {score} / 100, weighed by its status (× {weight})</source>
        <translation>Criticité {score} / 100, pondérée par son statut (× {weight})</translation>
    </message>
</context>
<context>
    <name>GapsDock</name>
    <message>
        <source>{n}%</source>
        <translation>{n}&#xa0;%</translation>
    </message>
    <message>
        <source>0 pts</source>
        <translation>0 pt</translation>
    </message>
    <message>
        <source>+{n} pts</source>
        <translation>+{n} pts</translation>
    </message>
    <message>
        <source>Critical gaps</source>
        <translation>Manques critiques</translation>
    </message>
    <message>
        <source>Show criticality on cards</source>
        <translation>Afficher la criticité sur les maillons</translation>
    </message>
    <message>
        <source>Put each gap&apos;s rank (#1 = most critical) on its card on the map</source>
        <translation>Afficher sur la carte le rang de chaque manque (n° 1 = le plus critique) sur son maillon</translation>
    </message>
    <message>
        <source>Clear highlight</source>
        <translation>Effacer la mise en évidence</translation>
    </message>
    <message>
        <source>No weak or missing link: tag links on the map to see which gaps matter most.</source>
        <translation>Aucun maillon faible ou manquant&#xa0;: évaluez les maillons sur la carte pour voir quels manques comptent le plus.</translation>
    </message>
    <message>
        <source>Completeness: &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>Complétude&#xa0;: &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mean of two shares of the end markets:
• reachable from a source without passing a missing link: {missing} ({m} of {n});
• reachable without passing a weak or missing link: {gaps} ({g} of {n}).
Unassessed links count as present.</source>
        <translation>Moyenne de deux parts des marchés finaux&#xa0;:
• atteignables depuis une source sans passer par un maillon manquant&#xa0;: {missing} ({m} sur {n})&#x202f;;
• atteignables sans passer par un maillon faible ou manquant&#xa0;: {gaps} ({g} sur {n}).
Les maillons à évaluer comptent comme présents.</translation>
    </message>
    <message>
        <source>The chain has no link yet: there is nothing to analyse, and its completeness is shown as 0.</source>
        <translation>La chaîne n’a pas encore de maillon&#xa0;: il n’y a rien à analyser, et sa complétude est affichée à 0.</translation>
    </message>
    <message>
        <source>No end market: no link is marked as one and every link flows into another, so completeness cannot be measured and is shown as 0. Mark the chain&apos;s final uses as end markets.</source>
        <translation>Aucun marché final&#xa0;: aucun maillon n’est marqué comme tel et chaque maillon a un flux aval, la complétude ne peut donc pas être mesurée et s’affiche à 0. Marquez les usages finaux de la chaîne comme marchés finaux.</translation>
    </message>
    <message>
        <source>The flows form a loop with no source ({links}): its links of the most upstream stage ({sources}) are used as sources.</source>
        <translation>Les flux forment une boucle sans source ({links})&#xa0;: ses maillons de l’étape la plus en amont ({sources}) servent de sources.</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>End markets (none is marked: the ends of the chain, return flows set aside): {names}</source>
        <translation>Marchés finaux (aucun n’est marqué&#xa0;: les extrémités de la chaîne, flux de retour mis à part)&#xa0;: {names}</translation>
    </message>
    <message>
        <source>End markets: {names}</source>
        <translation>Marchés finaux&#xa0;: {names}</translation>
    </message>
    <message>
        <source>To reach {market}: fix {missing}; strengthen {weak}</source>
        <translation>Pour atteindre {market}&#xa0;: combler {missing}&#xa0;; renforcer {weak}</translation>
    </message>
    <message>
        <source>To reach {market}: fix {missing}</source>
        <translation>Pour atteindre {market}&#xa0;: combler {missing}</translation>
    </message>
    <message>
        <source>To reach {market}: strengthen {weak}</source>
        <translation>Pour atteindre {market}&#xa0;: renforcer {weak}</translation>
    </message>
    <message>
        <source>Gaps to fix together (joint what-if: the route with the fewest missing, then weak links):</source>
        <translation>Manques à traiter ensemble (simulation conjointe&#xa0;: le chemin qui compte le moins de maillons manquants, puis faibles)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more end market(s)</source>
        <translation>
            <numerusform>… et %n autre marché final</numerusform>
            <numerusform>… et %n autres marchés finaux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Your Glossary Terms</source>
        <translation>Vos termes de glossaire</translation>
    </message>
    <message>
        <source>Terms matching should read as the same in French and English, besides those it knows already.</source>
        <translation>Les termes que le rapprochement doit lire comme identiques en français et en anglais, en plus de ceux qu’il connaît déjà.</translation>
    </message>
    <message>
        <source>&amp;Add Pair</source>
        <translation>&amp;Ajouter la paire</translation>
    </message>
    <message>
        <source>&amp;French:</source>
        <translation>&amp;Français&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>A&amp;nglais&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LegendDock</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>present and competitive (thick solid border, disc ✔)</source>
        <translation>présent et compétitif (bordure épaisse pleine, disque ✔)</translation>
    </message>
    <message>
        <source>present but insufficient (dashed border, triangle ~)</source>
        <translation>présent mais insuffisant (bordure en tirets, triangle ~)</translation>
    </message>
    <message>
        <source>no one does it here (dotted border, hatched edge, diamond ✖)</source>
        <translation>personne ne le fait ici (bordure pointillée, bord hachuré, losange ✖)</translation>
    </message>
    <message>
        <source>not discussed yet (thin grey border, circle ?)</source>
        <translation>pas encore discuté (bordure fine grise, cercle&#x202f;?)</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>Stratégique</translation>
    </message>
    <message>
        <source>marked strategic by the group (★)</source>
        <translation>jugé stratégique par le groupe (★)</translation>
    </message>
    <message>
        <source>End market</source>
        <translation>Marché final</translation>
    </message>
    <message>
        <source>a final use of the chain (⚑)</source>
        <translation>un usage final de la chaîne (⚑)</translation>
    </message>
    <message>
        <source>Return flow</source>
        <translation>Flux de retour</translation>
    </message>
    <message>
        <source>a loop back upstream, e.g. recycling (dashed, ↻)</source>
        <translation>une boucle vers l’amont, par exemple le recyclage (tirets, ↻)</translation>
    </message>
</context>
<context>
    <name>LoadNotice</name>
    <message>
        <source>Some texts of {name} held characters that cannot be saved or exported (control characters or invalid Unicode); they were removed.</source>
        <translation>Des textes de {name} contenaient des caractères impossibles à enregistrer ou à exporter (caractères de contrôle ou Unicode invalide)&#xa0;; ils ont été supprimés.</translation>
    </message>
    <message>
        <source>Opened with changes</source>
        <translation>Ouvert avec des modifications</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) cleaned. The project is marked as modified: save it to keep the cleaned texts.</source>
        <translation>
            <numerusform>%n endroit nettoyé. Le projet est marqué comme modifié&#xa0;: enregistrez-le pour garder les textes nettoyés.</numerusform>
            <numerusform>%n endroits nettoyés. Le projet est marqué comme modifié&#xa0;: enregistrez-le pour garder les textes nettoyés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved.
Do you want to save them?</source>
        <translation>«&#xa0;{name}&#xa0;» contient des modifications non enregistrées.
Voulez-vous les enregistrer&#x202f;?</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Value chain projects (*.vchain);;All files (*)</source>
        <translation>Projets de chaîne de valeur (*.vchain);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation>Impossible d’ouvrir {name}</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Ouvert&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Save the project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Value chain projects (*.vchain)</source>
        <translation>Projets de chaîne de valeur (*.vchain)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The project was not saved.</source>
        <translation>Le projet n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Removed from recent files (not found): {names}</source>
        <translation>Retiré des fichiers récents (introuvable)&#xa0;: {names}</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <source>{path} no longer exists; it was removed from the recent files.</source>
        <translation>{path} n’existe plus&#x202f;; il a été retiré des fichiers récents.</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importer une feuille de calcul</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Feuilles de calcul (*.xlsx *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“{name}” is a spreadsheet, not a project.</source>
        <translation>«&#xa0;{name}&#xa0;» est une feuille de calcul, pas un projet.</translation>
    </message>
    <message>
        <source>Import its links into a new project? The spreadsheet itself is not changed.</source>
        <translation>Importer ses maillons dans un nouveau projet&#x202f;? La feuille de calcul elle-même n’est pas modifiée.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’import</translation>
    </message>
    <message>
        <source>Nothing was imported from {name}.</source>
        <translation>Rien n’a été importé de {name}.</translation>
    </message>
    <message>
        <source>Imported with warnings</source>
        <translation>Importé avec des avertissements</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) imported; please check these rows:</source>
        <translation>
            <numerusform>%n maillon importé&#x202f;; vérifiez ces lignes&#xa0;:</numerusform>
            <numerusform>%n maillons importés&#x202f;; vérifiez ces lignes&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>la coupe des maillons</translation>
    </message>
    <message>
        <source>The clipboard holds no links to paste.</source>
        <translation>Le presse-papiers ne contient aucun maillon à coller.</translation>
    </message>
    <message>
        <source>Highlight by actor</source>
        <translation>Mettre en évidence par acteur</translation>
    </message>
    <message>
        <source>No link has actors yet: type them in the link properties.</source>
        <translation>Aucun maillon n’a encore d’acteur&#xa0;: saisissez-les dans les propriétés du maillon.</translation>
    </message>
    <message>
        <source>Show the links of:</source>
        <translation>Afficher les maillons de&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) with this actor</source>
        <translation>
            <numerusform>%n maillon avec cet acteur</numerusform>
            <numerusform>%n maillons avec cet acteur</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;valuechain-gui {version}&lt;/h3&gt;&lt;p&gt;Map a target market&apos;s value chain with your working group, tag each link strong, weak or missing, and turn the gaps into an action plan: local reinforcement of weak links, alliance search for missing ones.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide {pyside} · Python {python}&lt;/p&gt;&lt;p&gt;Data folder: {data}&lt;br&gt;Recovery files: {recovery}&lt;br&gt;Partner directory: {directory}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;valuechain-gui {version}&lt;/h3&gt;&lt;p&gt;Cartographiez avec votre groupe de travail la chaîne de valeur d’un marché cible, évaluez chaque maillon (fort, faible ou manquant) et transformez les manques en plan d’action&#xa0;: renforcement local des maillons faibles, recherche d’alliances pour les maillons manquants.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide {pyside} · Python {python}&lt;/p&gt;&lt;p&gt;Dossier des données&#xa0;: {data}&lt;br&gt;Fichiers de récupération&#xa0;: {recovery}&lt;br&gt;Annuaire des partenaires&#xa0;: {directory}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About valuechain-gui</source>
        <translation>À propos de valuechain-gui</translation>
    </message>
    <message>
        <source>Next panel</source>
        <translation>Panneau suivant</translation>
    </message>
    <message>
        <source>Previous panel</source>
        <translation>Panneau précédent</translation>
    </message>
</context>
<context>
    <name>MatchingDock</name>
    <message>
        <source>Find partners</source>
        <translation>Trouver des partenaires</translation>
    </message>
    <message>
        <source>Candidate / their link</source>
        <translation>Candidat / son maillon</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Scope / their status</source>
        <translation>Périmètre / statut chez lui</translation>
    </message>
    <message>
        <source>We bring them</source>
        <translation>Ce que nous lui apportons</translation>
    </message>
    <message>
        <source>In the action</source>
        <translation>Dans l’action</translation>
    </message>
    <message>
        <source>&amp;Confirm correspondence</source>
        <translation>&amp;Confirmer la correspondance</translation>
    </message>
    <message>
        <source>Their link is the same as ours: always count it (similarity 100)</source>
        <translation>Son maillon est le nôtre&#xa0;: toujours le compter (similarité 100)</translation>
    </message>
    <message>
        <source>&amp;Reject correspondence</source>
        <translation>&amp;Rejeter la correspondance</translation>
    </message>
    <message>
        <source>Their link is not ours: never count it again</source>
        <translation>Son maillon n’est pas le nôtre&#xa0;: ne plus jamais le compter</translation>
    </message>
    <message>
        <source>&amp;Add to the action</source>
        <translation>A&amp;jouter à l’action</translation>
    </message>
    <message>
        <source>Put this partner into the link&apos;s action as an identified alliance</source>
        <translation>Ajouter ce partenaire à l’action du maillon, comme alliance repérée</translation>
    </message>
    <message>
        <source>Select a weak or missing link and choose Find Partners (card menu, gap panel, or Partners menu) to see the partners that could fill it.</source>
        <translation>Sélectionnez un maillon faible ou manquant et choisissez Trouver des partenaires (menu de la carte, panneau des manques ou menu Partenaires) pour voir les partenaires qui pourraient le combler.</translation>
    </message>
    <message>
        <source>Partners for “{link}” ({status})</source>
        <translation>Partenaires pour «&#xa0;{link}&#xa0;» ({status})</translation>
    </message>
    <message>
        <source>This link is not weak or missing: partners are looked for to fill gaps.</source>
        <translation>Ce maillon n’est ni faible ni manquant&#xa0;: on cherche des partenaires pour combler des manques.</translation>
    </message>
    <message>
        <source>No partner to compare with: cite partners and attach their maps (Partners &gt; Attach a Partner&apos;s Map).</source>
        <translation>Aucun partenaire à comparer&#xa0;: citez des partenaires et joignez leurs chaînes (Partenaires &gt; Joindre la chaîne d’un partenaire).</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n partner(s) compared has a strong link or a competence corresponding to this one (similarity at least {t}).</source>
        <translation>
            <numerusform>%n partenaire comparé, mais aucun de ses maillons forts ni aucune de ses compétences ne correspond à celui-ci (similarité d’au moins {t}).</numerusform>
            <numerusform>%n partenaires comparés, mais aucun de leurs maillons forts ni aucune de leurs compétences ne correspond à celui-ci (similarité d’au moins {t}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s), best first. Select one of their links to confirm or reject the correspondence.</source>
        <translation>
            <numerusform>%n candidat, le meilleur en premier. Sélectionnez l’un de ses maillons pour confirmer ou rejeter la correspondance.</numerusform>
            <numerusform>%n candidats, le meilleur en premier. Sélectionnez l’un de leurs maillons pour confirmer ou rejeter la correspondance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Our strong links that fill one of their weak or missing links:
{links}</source>
        <translation>Nos maillons forts qui comblent l’un de ses maillons faibles ou manquants&#xa0;:
{links}</translation>
    </message>
    <message>
        <source>competence: {tag}</source>
        <translation>compétence&#xa0;: {tag}</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start a new value chain from the six standard stages</source>
        <translation>Commencer une nouvelle chaîne de valeur avec les six étapes types</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the project under another name</source>
        <translation>Enregistrer le projet sous un autre nom</translation>
    </message>
    <message>
        <source>&amp;Import Spreadsheet…</source>
        <translation>&amp;Importer une feuille de calcul…</translation>
    </message>
    <message>
        <source>Create a project from an Excel or CSV list of links</source>
        <translation>Créer un projet à partir d’une liste de maillons Excel ou CSV</translation>
    </message>
    <message>
        <source>&amp;Export Action Plan (Excel)…</source>
        <translation>E&amp;xporter le plan d’action (Excel)…</translation>
    </message>
    <message>
        <source>Write the action plan to an Excel workbook</source>
        <translation>Écrire le plan d’action dans un classeur Excel</translation>
    </message>
    <message>
        <source>Export &amp;Map…</source>
        <translation>Exporter la &amp;carte…</translation>
    </message>
    <message>
        <source>Save a picture of the map (PNG, SVG, PDF)</source>
        <translation>Enregistrer une image de la carte (PNG, SVG, PDF)</translation>
    </message>
    <message>
        <source>Export Report (P&amp;DF)…</source>
        <translation>Exporter le &amp;dossier (PDF)…</translation>
    </message>
    <message>
        <source>Write a PDF report for the board: map, gaps, plan, alliances</source>
        <translation>Écrire un dossier PDF pour le conseil d’administration&#xa0;: carte, manques, plan d’action, alliances</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Print the map</source>
        <translation>Imprimer la carte</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the project and start an empty one</source>
        <translation>Fermer le projet et en commencer un vide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit valuechain-gui</source>
        <translation>Quitter valuechain-gui</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>Cut the selected links</source>
        <translation>Couper les maillons sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected links and the flows between them</source>
        <translation>Copier les maillons sélectionnés et les flux entre eux</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Paste links copied from a map</source>
        <translation>Coller des maillons copiés depuis une carte</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate the selected links</source>
        <translation>Dupliquer les maillons sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find a link by name, actor or note</source>
        <translation>Rechercher un maillon par nom, acteur ou note</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit Map in Window</source>
        <translation>Ajuster à la &amp;fenêtre</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Afficher toute la carte</translation>
    </message>
    <message>
        <source>Fit Map</source>
        <translation>Ajuster la carte</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Zoom to 100 %</source>
        <translation>Zoom à 100&#xa0;%</translation>
    </message>
    <message>
        <source>&amp;Highlight Weak and Missing Links</source>
        <translation>&amp;Mettre en évidence les maillons faibles et manquants</translation>
    </message>
    <message>
        <source>Dim strong and unassessed links</source>
        <translation>Estomper les maillons forts et à évaluer</translation>
    </message>
    <message>
        <source>Weak and Missing</source>
        <translation>Faibles et manquants</translation>
    </message>
    <message>
        <source>Highlight by A&amp;ctor…</source>
        <translation>Mettre en évidence par a&amp;cteur…</translation>
    </message>
    <message>
        <source>Show only the links of one actor</source>
        <translation>N’afficher que les maillons d’un acteur</translation>
    </message>
    <message>
        <source>Clea&amp;r Highlight</source>
        <translation>&amp;Effacer la mise en évidence</translation>
    </message>
    <message>
        <source>Show every link normally</source>
        <translation>Afficher tous les maillons normalement</translation>
    </message>
    <message>
        <source>Auto-&amp;Layout</source>
        <translation>&amp;Disposition automatique</translation>
    </message>
    <message>
        <source>Arrange the links in their stages to reduce crossings</source>
        <translation>Disposer les maillons dans leurs étapes pour réduire les croisements</translation>
    </message>
    <message>
        <source>&amp;About valuechain-gui</source>
        <translation>&amp;À propos de valuechain-gui</translation>
    </message>
    <message>
        <source>Partner &amp;Directory…</source>
        <translation>&amp;Annuaire des partenaires…</translation>
    </message>
    <message>
        <source>Partners you may ally with: search, edit, import, export</source>
        <translation>Les partenaires avec qui s’allier&#xa0;: chercher, modifier, importer, exporter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Maillon</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation>É&amp;tapes</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The disk is full: {path} was not written. The previous file is intact.</source>
        <translation>Le disque est plein&#xa0;: {path} n’a pas été écrit. Le fichier précédent est intact.</translation>
    </message>
    <message>
        <source>The folder is read-only: {path} was not written. The previous file is intact.</source>
        <translation>Le dossier est en lecture seule&#xa0;: {path} n’a pas été écrit. Le fichier précédent est intact.</translation>
    </message>
    <message>
        <source>{path} is locked or read-only (is it open in another program?). Nothing was written.</source>
        <translation>{path} est verrouillé ou en lecture seule (est-il ouvert dans un autre programme&#x202f;?). Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}). The previous file is intact.</source>
        <translation>{path} n’a pas pu être écrit ({reason}). Le fichier précédent est intact.</translation>
    </message>
    <message>
        <source>{path}: the written file did not read back correctly ({reason}). The previous file is intact.</source>
        <translation>{path}&#xa0;: le fichier écrit ne se relit pas correctement ({reason}). Le fichier précédent est intact.</translation>
    </message>
    <message>
        <source>{path} was not written: the project would take {size_mb} MB, more than the {limit_mb} MB a project file may hold. The previous file is intact.</source>
        <translation>{path} n’a pas été enregistré&#xa0;: le projet occuperait {size_mb}&#xa0;Mo, plus que les {limit_mb}&#xa0;Mo permis pour un fichier de projet. Le fichier précédent est intact.</translation>
    </message>
    <message>
        <source>This map has no link: there is nothing to compare with our chain.</source>
        <translation>Cette chaîne n’a aucun maillon&#xa0;: il n’y a rien à comparer avec la nôtre.</translation>
    </message>
    <message>
        <source>A name cannot be blank.</source>
        <translation>Un nom ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A link named “{name}” already exists.</source>
        <translation>Un maillon nommé «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>A link cannot flow into itself.</source>
        <translation>Un flux ne peut pas relier un maillon à lui-même.</translation>
    </message>
    <message>
        <source>This flow already exists.</source>
        <translation>Ce flux existe déjà.</translation>
    </message>
    <message>
        <source>This link no longer exists.</source>
        <translation>Ce maillon n’existe plus.</translation>
    </message>
    <message>
        <source>This stage no longer exists.</source>
        <translation>Cette étape n’existe plus.</translation>
    </message>
    <message>
        <source>This flow no longer exists.</source>
        <translation>Ce flux n’existe plus.</translation>
    </message>
    <message>
        <source>This action no longer exists.</source>
        <translation>Cette action n’existe plus.</translation>
    </message>
    <message>
        <source>“{field}” is not a field that can be changed.</source>
        <translation>«&#xa0;{field}&#xa0;» n’est pas un champ modifiable.</translation>
    </message>
    <message>
        <source>The identifier {id} is already used.</source>
        <translation>L’identifiant {id} est déjà utilisé.</translation>
    </message>
    <message>
        <source>Links cannot move to the stage being removed.</source>
        <translation>Les maillons ne peuvent pas aller dans l’étape en cours de suppression.</translation>
    </message>
    <message>
        <source>This partner is no longer cited by the project.</source>
        <translation>Ce partenaire n’est plus cité par le projet.</translation>
    </message>
    <message>
        <source>This alliance no longer exists.</source>
        <translation>Cette alliance n’existe plus.</translation>
    </message>
    <message>
        <source>A partner named “{name}” ({country}) is already cited.</source>
        <translation>Un partenaire nommé «&#xa0;{name}&#xa0;» ({country}) est déjà cité.</translation>
    </message>
    <message>
        <source>“{name}” is already a partner of this action.</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà partenaire de cette action.</translation>
    </message>
    <message>
        <source>This action has partners in its pipeline; remove them with it.</source>
        <translation>Cette action a des partenaires dans son suivi d’alliances&#x202f;; retirez-les avec elle.</translation>
    </message>
    <message>
        <source>“{field}” cannot be {given}.</source>
        <translation>«&#xa0;{field}&#xa0;» ne peut pas valoir {given}.</translation>
    </message>
    <message>
        <source>“{field}” takes a date (or nothing), not {given}.</source>
        <translation>«&#xa0;{field}&#xa0;» attend une date (ou rien), pas {given}.</translation>
    </message>
    <message>
        <source>“{field}” takes text, not {given}.</source>
        <translation>«&#xa0;{field}&#xa0;» attend du texte, pas {given}.</translation>
    </message>
    <message>
        <source>“{field}” takes a finite number (or nothing).</source>
        <translation>«&#xa0;{field}&#xa0;» attend un nombre fini (ou rien).</translation>
    </message>
    <message>
        <source>A position must be two finite numbers between -{limit} and {limit} pixels.</source>
        <translation>Une position doit être faite de deux nombres finis compris entre -{limit} et {limit}&#xa0;pixels.</translation>
    </message>
    <message>
        <source>There would be too many of them: {count} (at most {limit}).</source>
        <translation>Il y en aurait trop&#xa0;: {count} (au plus {limit}).</translation>
    </message>
    <message>
        <source>The file does not exist (it may have been moved or deleted).</source>
        <translation>Le fichier n’existe pas (il a peut-être été déplacé ou supprimé).</translation>
    </message>
    <message>
        <source>The file cannot be read ({reason}).</source>
        <translation>Le fichier ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>The file is empty: it is not a valuechain-gui project.</source>
        <translation>Le fichier est vide&#xa0;: ce n’est pas un projet valuechain-gui.</translation>
    </message>
    <message>
        <source>This is not a valuechain-gui project (it is not a text file).</source>
        <translation>Ce n’est pas un projet valuechain-gui (ce n’est pas un fichier texte).</translation>
    </message>
    <message>
        <source>The file is not valid JSON: it may be truncated or damaged ({reason}).</source>
        <translation>Le fichier n’est pas du JSON valide&#xa0;: il est peut-être tronqué ou endommagé ({reason}).</translation>
    </message>
    <message>
        <source>This file of format version {file_version} could not be converted to version {supported} ({reason}).</source>
        <translation>Ce fichier au format de version {file_version} n’a pas pu être converti en version {supported} ({reason}).</translation>
    </message>
    <message>
        <source>The partner directory {path} is damaged or is not a partner directory. Restore a copy, or choose another file in Preferences.</source>
        <translation>L’annuaire des partenaires {path} est endommagé ou n’est pas un annuaire des partenaires. Restaurez une copie, ou choisissez un autre fichier dans les Préférences.</translation>
    </message>
    <message>
        <source>The partner directory {path} was written by a newer version of valuechain-gui. Update the application to use it.</source>
        <translation>L’annuaire des partenaires {path} a été écrit par une version plus récente de valuechain-gui. Mettez l’application à jour pour l’utiliser.</translation>
    </message>
    <message>
        <source>There is no partner directory at {path}.</source>
        <translation>Il n’y a pas d’annuaire des partenaires à l’emplacement {path}.</translation>
    </message>
    <message>
        <source>Another partner of the directory {path} already has this name in this country.</source>
        <translation>Un autre partenaire de l’annuaire {path} porte déjà ce nom dans ce pays.</translation>
    </message>
    <message>
        <source>A vote is strong, weak, missing or unknown.</source>
        <translation>Un vote est fort, faible, manquant ou «&#xa0;je ne sais pas&#xa0;».</translation>
    </message>
    <message>
        <source>“{field}” is longer than {limit} characters.</source>
        <translation>«&#xa0;{field}&#xa0;» dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>Voting on this link is closed.</source>
        <translation>Le vote sur ce maillon est clos.</translation>
    </message>
    <message>
        <source>The voting page cannot listen on {host}:{port} ({reason}).</source>
        <translation>La page de vote ne peut pas écouter sur l’adresse {host}, port {port} ({reason}).</translation>
    </message>
    <message>
        <source>The token file {path} cannot be used ({reason}).</source>
        <translation>Le fichier de jeton {path} est inutilisable ({reason}).</translation>
    </message>
    <message>
        <source>The token file {path} must hold at least {count} printable ASCII characters.</source>
        <translation>Le fichier de jeton {path} doit contenir au moins {count} caractères ASCII imprimables.</translation>
    </message>
    <message>
        <source>{url}: the relay refused the connection (HTTP {status}{reason}).</source>
        <translation>{url}&#x202f;: le relais a refusé la connexion (HTTP {status}{reason}).</translation>
    </message>
    <message>
        <source>{url}: the relay cannot be reached ({reason}).</source>
        <translation>{url}&#x202f;: le relais est injoignable ({reason}).</translation>
    </message>
    <message>
        <source>{url}: the relay did not answer within {timeout} s.</source>
        <translation>{url}&#x202f;: le relais n’a pas répondu en {timeout} s.</translation>
    </message>
    <message>
        <source>{url}: the relay closed the connection ({reason}).</source>
        <translation>{url}&#x202f;: le relais a fermé la connexion ({reason}).</translation>
    </message>
    <message>
        <source>{relay}: the room {room} did not take the edits; try again.</source>
        <translation>{relay}&#x202f;: le salon {room} n’a pas reçu les modifications&#x202f;; réessayez.</translation>
    </message>
    <message>
        <source>{path}: the store of the room {room} is damaged ({reason}); the room is not served.</source>
        <translation>{path}&#x202f;: la sauvegarde du salon {room} est endommagée ({reason})&#x202f;; le salon n’est pas servi.</translation>
    </message>
    <message>
        <source>{path}: there is no such token file.</source>
        <translation>{path}&#x202f;: ce fichier de jeton n’existe pas.</translation>
    </message>
    <message>
        <source>{host}:{port}: the relay cannot listen there ({reason}).</source>
        <translation>{host}:{port}&#x202f;: le relais ne peut pas écouter à cette adresse ({reason}).</translation>
    </message>
    <message>
        <source>{path} does not exist: give the room to create it from.</source>
        <translation>{path} n’existe pas&#x202f;: indiquez le salon à partir duquel le créer.</translation>
    </message>
    <message>
        <source>{relay}: the room {room} holds no map ({reason}).</source>
        <translation>{relay}&#x202f;: le salon {room} ne contient aucune carte ({reason}).</translation>
    </message>
    <message>
        <source>{path}: the stored co-editing state is damaged ({reason}).</source>
        <translation>{path}&#x202f;: l’état de co-édition enregistré est endommagé ({reason}).</translation>
    </message>
    <message>
        <source>An update from the co-editing room was not applied ({reason}).</source>
        <translation>Une mise à jour reçue du salon de co-édition n’a pas été appliquée ({reason}).</translation>
    </message>
    <message>
        <source>Too many cited partners: {count} (a project holds at most {limit}).</source>
        <translation>Trop de partenaires cités&#xa0;: {count} (un projet en compte au plus {limit}).</translation>
    </message>
    <message>
        <source>Too many alliances: {count} (a project holds at most {limit}).</source>
        <translation>Trop d’alliances&#xa0;: {count} (un projet en compte au plus {limit}).</translation>
    </message>
    <message>
        <source>Too many correspondence decisions: {count} (a project holds at most {limit}).</source>
        <translation>Trop de décisions de correspondance&#xa0;: {count} (un projet en compte au plus {limit}).</translation>
    </message>
    <message>
        <source>Too many links in a partner&apos;s map: {count} (at most {limit}).</source>
        <translation>Trop de maillons dans la chaîne d’un partenaire&#xa0;: {count} (au plus {limit}).</translation>
    </message>
    <message>
        <source>Too many entries in one list: {count} (at most {limit}).</source>
        <translation>Trop d’entrées dans une liste&#xa0;: {count} (au plus {limit}).</translation>
    </message>
    <message>
        <source>This is not a valuechain-gui project file.</source>
        <translation>Ce n’est pas un fichier de projet valuechain-gui.</translation>
    </message>
    <message>
        <source>The file name is too long ({length} bytes): saving it also writes {longest}, longer than the {limit} bytes this folder allows. Nothing was written; choose a name of at most {room} bytes.</source>
        <translation>Le nom du fichier est trop long ({length} octets)&#xa0;: l’enregistrer écrit aussi {longest}, plus long que les {limit} octets permis dans ce dossier. Rien n’a été écrit&#xa0;; choisissez un nom d’au plus {room} octets.</translation>
    </message>
    <message>
        <source>{path} is open in another window or process ({app}, process {pid} on {host}). Nothing was written.</source>
        <translation>{path} est ouvert dans une autre fenêtre ou un autre processus ({app}, processus {pid} sur {host}). Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{path} was changed by another window or process in the meantime. Nothing was written.</source>
        <translation>{path} a été modifié entre-temps par une autre fenêtre ou un autre processus. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>This is a valuechain-gui project, not a spreadsheet: open it, or export it to Excel.</source>
        <translation>C’est un projet valuechain-gui, pas une feuille de calcul&#xa0;: ouvrez-le, ou exportez-le vers Excel.</translation>
    </message>
    <message>
        <source>This is a spreadsheet, not a valuechain-gui project: import it (File &gt; Import Spreadsheet).</source>
        <translation>C’est une feuille de calcul, pas un projet valuechain-gui&#xa0;: importez-la (Fichier &gt; Importer une feuille de calcul).</translation>
    </message>
    <message>
        <source>A status weight must be a number from 0 to 1 (not {value}).</source>
        <translation>Une pondération de statut doit être un nombre de 0 à 1 (et non {value}).</translation>
    </message>
    <message>
        <source>The file has no valid format version: it is not a valuechain-gui project, or it is damaged.</source>
        <translation>Le fichier n’a pas de version de format valide&#xa0;: ce n’est pas un projet valuechain-gui, ou il est endommagé.</translation>
    </message>
    <message>
        <source>This file uses format version {file_version}, written by a newer valuechain-gui; this version reads format versions up to {supported}. Update valuechain-gui to open it (nothing was changed).</source>
        <translation>Ce fichier utilise la version de format {file_version}, écrite par une version plus récente de valuechain-gui&#x202f;; cette version lit les versions de format jusqu’à {supported}. Mettez valuechain-gui à jour pour l’ouvrir (rien n’a été modifié).</translation>
    </message>
    <message>
        <source>The file contains a value that is not allowed: {message}.</source>
        <translation>Le fichier contient une valeur non autorisée&#xa0;: {message}.</translation>
    </message>
    <message>
        <source>The file is {size_mb} MB; valuechain-gui opens project files of at most {limit_mb} MB (nothing was read).</source>
        <translation>Le fichier fait {size_mb}&#xa0;Mo&#xa0;; valuechain-gui ouvre les fichiers de projet de {limit_mb}&#xa0;Mo au plus (rien n’a été lu).</translation>
    </message>
    <message>
        <source>The file holds {count} JSON objects and lists; a project holds at most {limit} (nothing was read).</source>
        <translation>Le fichier contient {count} objets et listes JSON&#xa0;; un projet en contient au plus {limit} (rien n’a été lu).</translation>
    </message>
    <message>
        <source>characters that cannot be saved or exported were removed ({chars}).</source>
        <translation>des caractères impossibles à enregistrer ou à exporter ont été supprimés ({chars}).</translation>
    </message>
    <message>
        <source>… and {count} more places with such characters were cleaned.</source>
        <translation>… et {count} autres endroits contenant de tels caractères ont été nettoyés.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The map picture could not be read ({reason}).</source>
        <translation>L’image de la carte n’a pas pu être lue ({reason}).</translation>
    </message>
    <message>
        <source>The workbook language “{language}” is unknown (expected fr or en).</source>
        <translation>La langue du classeur «&#xa0;{language}&#xa0;» est inconnue (fr ou en attendu).</translation>
    </message>
    <message>
        <source>The picture width must be between 200 and 20,000 pixels (asked: {width}).</source>
        <translation>La largeur de l’image doit être comprise entre 200 et 20&#x202f;000 pixels (demandée&#xa0;: {width}).</translation>
    </message>
    <message>
        <source>Unknown page size {page_size} (use {allowed}).</source>
        <translation>Format de page {page_size} inconnu (utilisez {allowed}).</translation>
    </message>
    <message>
        <source>Cannot render to {path}: the file name must end in {allowed}.</source>
        <translation>Impossible de dessiner la carte dans {path}&#xa0;: le nom du fichier doit se terminer par {allowed}.</translation>
    </message>
    <message>
        <source>The picture of the map ({width} × {height} pixels) could not be made: not enough memory.</source>
        <translation>L’image de la carte ({width} × {height}&#xa0;pixels) n’a pas pu être créée&#xa0;: mémoire insuffisante.</translation>
    </message>
    <message>
        <source>Too many links: {count} (a project holds at most {limit}).</source>
        <translation>Trop de maillons&#xa0;: {count} (un projet en compte au plus {limit}).</translation>
    </message>
    <message>
        <source>Too many flows: {count} (a project holds at most {limit}).</source>
        <translation>Trop de flux&#xa0;: {count} (un projet en compte au plus {limit}).</translation>
    </message>
    <message>
        <source>Too many flows on one link: {count} (at most {limit} per link).</source>
        <translation>Trop de flux sur un même maillon&#xa0;: {count} (au plus {limit} par maillon).</translation>
    </message>
    <message>
        <source>Too many stages: {count} (a project holds at most {limit}).</source>
        <translation>Trop d’étapes&#xa0;: {count} (un projet en compte au plus {limit}).</translation>
    </message>
    <message>
        <source>Too many actions: {count} (a plan holds at most {limit}).</source>
        <translation>Trop d’actions&#xa0;: {count} (un plan d’action en compte au plus {limit}).</translation>
    </message>
    <message>
        <source>Too many names in one list: {count} (a list holds at most {limit}).</source>
        <translation>Trop de noms dans une même liste&#xa0;: {count} (une liste en compte au plus {limit}).</translation>
    </message>
    <message>
        <source>{ext} files cannot be imported: save the file as .xlsx or as “CSV UTF-8” from Excel or LibreOffice, then import that file.</source>
        <translation>les fichiers {ext} ne peuvent pas être importés&#xa0;: enregistrez le fichier au format .xlsx ou «&#xa0;CSV UTF-8&#xa0;» depuis Excel ou LibreOffice, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>Excel 97-2003 (.xls) and password-protected workbooks cannot be imported: remove any password and save the file as .xlsx or as “CSV UTF-8” from Excel or LibreOffice, then import that file.</source>
        <translation>les classeurs Excel 97-2003 (.xls) et les classeurs protégés par un mot de passe ne peuvent pas être importés&#xa0;: retirez le mot de passe et enregistrez le fichier au format .xlsx ou «&#xa0;CSV UTF-8&#xa0;» depuis Excel ou LibreOffice, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>the file cannot be read: {reason}.</source>
        <translation>le fichier ne peut pas être lu&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>the file is larger than {limit_mb} MB; a value chain sheet is far smaller: check that this is the right file.</source>
        <translation>le fichier dépasse {limit_mb} Mo&#x202f;; une feuille de chaîne de valeur est bien plus petite&#xa0;: vérifiez qu’il s’agit du bon fichier.</translation>
    </message>
    <message>
        <source>the file is empty: expected a header row with a {link} column and one row per link.</source>
        <translation>le fichier est vide&#xa0;: il faut une ligne d’en-tête avec une colonne {link}, puis une ligne par maillon.</translation>
    </message>
    <message>
        <source>this is not a valid Excel workbook (the file is damaged or is another kind of file renamed .xlsx): open it in Excel or LibreOffice and save it as .xlsx or as “CSV UTF-8”, then import that file.</source>
        <translation>ce n’est pas un classeur Excel valide (le fichier est endommagé, ou c’est un autre type de fichier renommé en .xlsx)&#xa0;: ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format .xlsx ou «&#xa0;CSV UTF-8&#xa0;», puis importez ce fichier.</translation>
    </message>
    <message>
        <source>this is not a CSV text file (it holds binary data): save it as .xlsx or as “CSV UTF-8” from Excel or LibreOffice, then import that file.</source>
        <translation>ce n’est pas un fichier texte CSV (il contient des données binaires)&#xa0;: enregistrez-le au format .xlsx ou «&#xa0;CSV UTF-8&#xa0;» depuis Excel ou LibreOffice, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>a cell is too long to be read; a quote that is never closed makes the rest of the file one cell: check the quotes.</source>
        <translation>une cellule est trop longue pour être lue&#x202f;; un guillemet jamais refermé fait du reste du fichier une seule cellule&#xa0;: vérifiez les guillemets.</translation>
    </message>
    <message>
        <source>a quoted cell is never closed: the rest of the file was read as one cell; add the missing closing quote (&quot;).</source>
        <translation>une cellule entre guillemets n’est jamais refermée&#xa0;: le reste du fichier a été lu comme une seule cellule&#x202f;; ajoutez le guillemet fermant manquant (&quot;).</translation>
    </message>
    <message>
        <source>a quote is misplaced: the cell was read as it stands; check its quotes.</source>
        <translation>un guillemet est mal placé&#xa0;: la cellule a été lue telle quelle&#x202f;; vérifiez ses guillemets.</translation>
    </message>
    <message>
        <source>the workbook cannot be read (it is damaged, truncated or not an Excel .xlsx file: {reason}); open it in Excel or LibreOffice and save it as .xlsx or as “CSV UTF-8”, then import that file.</source>
        <translation>le classeur ne peut pas être lu (il est endommagé, tronqué, ou ce n’est pas un fichier Excel .xlsx&#xa0;: {reason})&#x202f;; ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format .xlsx ou «&#xa0;CSV UTF-8&#xa0;», puis importez ce fichier.</translation>
    </message>
    <message>
        <source>the workbook has no worksheet (only charts?): expected a sheet with a {link} column.</source>
        <translation>le classeur n’a aucune feuille de calcul (seulement des graphiques&#x202f;?)&#xa0;: il faut une feuille avec une colonne {link}.</translation>
    </message>
    <message>
        <source>no link column: expected a header {link} in the first {rows} rows (the fullest of them, row {row}, reads: {found}).</source>
        <translation>aucune colonne de maillons&#xa0;: un en-tête {link} est attendu dans les {rows} premières lignes (la plus remplie, ligne {row}, contient&#xa0;: {found}).</translation>
    </message>
    <message>
        <source>no link under the header row: expected one row per link with its name in the “{column}” column.</source>
        <translation>aucun maillon sous la ligne d’en-tête&#xa0;: il faut une ligne par maillon, avec son nom dans la colonne «&#xa0;{column}&#xa0;».</translation>
    </message>
    <message>
        <source>a second “{column}” column: only the first one is read.</source>
        <translation>une deuxième colonne «&#xa0;{column}&#xa0;»&#xa0;: seule la première est lue.</translation>
    </message>
    <message>
        <source>the formula {formula} has no computed value saved in the file: the cell was read as empty (open and save the file in Excel or LibreOffice, or type the value).</source>
        <translation>la formule {formula} n’a pas de valeur calculée enregistrée dans le fichier&#xa0;: la cellule a été lue comme vide (ouvrez et enregistrez le fichier dans Excel ou LibreOffice, ou saisissez la valeur).</translation>
    </message>
    <message>
        <source>this row has no link name: it was skipped (expected the link’s name in the “{column}” column).</source>
        <translation>cette ligne n’a pas de nom de maillon&#xa0;: elle a été ignorée (le nom du maillon est attendu dans la colonne «&#xa0;{column}&#xa0;»).</translation>
    </message>
    <message>
        <source>the link “{name}” is already on row {first_row}: a link must have one row only (rename or merge the rows).</source>
        <translation>le maillon «&#xa0;{name}&#xa0;» figure déjà à la ligne {first_row}&#xa0;: un maillon ne doit occuper qu’une ligne (renommez ou fusionnez les lignes).</translation>
    </message>
    <message>
        <source>unknown status “{value}”: the link was left unassessed and the text kept in its notes (expected {expected}, or an empty cell).</source>
        <translation>statut inconnu «&#xa0;{value}&#xa0;»&#xa0;: le maillon reste à évaluer et le texte est gardé dans ses notes (attendu&#xa0;: {expected}, ou une cellule vide).</translation>
    </message>
    <message>
        <source>“{value}” is not a yes/no value: the cell was read as empty (expected {expected}, or an empty cell).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une valeur oui/non&#xa0;: la cellule a été lue comme vide (attendu&#xa0;: {expected}, ou une cellule vide).</translation>
    </message>
    <message>
        <source>empty stage on row {first_row}: put in the stage “{stage}”; type the stage if that is wrong.</source>
        <translation>étape vide à la ligne {first_row}&#xa0;: maillon placé dans l’étape «&#xa0;{stage}&#xa0;»&#x202f;; saisissez l’étape si ce n’est pas la bonne.</translation>
    </message>
    <message>
        <source>empty stage on rows {first_row} to {last_row}: put in the stage “{stage}”; type the stage if that is wrong.</source>
        <translation>étape vide des lignes {first_row} à {last_row}&#xa0;: maillons placés dans l’étape «&#xa0;{stage}&#xa0;»&#x202f;; saisissez l’étape si ce n’est pas la bonne.</translation>
    </message>
    <message>
        <source>“{value}” was read as the link “{name}” (the names differ in accents or punctuation).</source>
        <translation>«&#xa0;{value}&#xa0;» a été lu comme le maillon «&#xa0;{name}&#xa0;» (les noms diffèrent par les accents ou la ponctuation).</translation>
    </message>
    <message>
        <source>“{value}” was read as several names separated by “,”; separate names with “;” or line breaks.</source>
        <translation>«&#xa0;{value}&#xa0;» a été lu comme plusieurs noms séparés par «&#xa0;,&#xa0;»&#x202f;; séparez les noms par «&#x202f;;&#xa0;» ou par des retours à la ligne.</translation>
    </message>
    <message>
        <source>no link named “{name}”: no flow was made (names must match a link’s name; separate several names with “;” or line breaks).</source>
        <translation>aucun maillon nommé «&#xa0;{name}&#xa0;»&#xa0;: aucun flux n’a été créé (les noms doivent correspondre au nom d’un maillon&#x202f;; séparez plusieurs noms par «&#x202f;;&#xa0;» ou par des retours à la ligne).</translation>
    </message>
    <message>
        <source>“{name}” is this row’s own link: a link cannot flow into itself; no flow was made.</source>
        <translation>«&#xa0;{name}&#xa0;» est le maillon de cette même ligne&#xa0;: un flux ne peut pas relier un maillon à lui-même&#x202f;; aucun flux n’a été créé.</translation>
    </message>
    <message>
        <source>the sheet cannot make a valid project: {reason}</source>
        <translation>la feuille ne permet pas de construire un projet valide&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>no link is marked as an end market: the gap analysis takes the ends of the chain, return flows set aside: {links} (to choose them, put yes in the “{column}” column for the chain’s final uses).</source>
        <translation>aucun maillon n’est marqué marché final&#xa0;: l’analyse des manques retient les extrémités de la chaîne, flux de retour mis à part&#xa0;: {links} (pour les choisir, mettez oui dans la colonne «&#xa0;{column}&#xa0;» pour les usages finaux de la chaîne).</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” could not be read: the target market, cluster and territory it may give were not taken.</source>
        <translation>la feuille «&#xa0;{sheet}&#xa0;» n’a pas pu être lue&#xa0;: le marché cible, le pôle et le territoire qu’elle peut donner n’ont pas été repris.</translation>
    </message>
    <message>
        <source>characters no file may hold ({characters}) were removed from this cell of the link “{name}”.</source>
        <translation>des caractères qu’aucun fichier ne peut contenir ({characters}) ont été retirés de cette cellule du maillon «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>no header row with a Name (Nom) column in the first rows: add one (Name, Country, Kind, Sectors, Competences, Website…).</source>
        <translation>aucune ligne d’en-tête avec une colonne Nom (Name) dans les premières lignes&#xa0;: ajoutez-en une (Nom, Pays, Type, Secteurs, Compétences, Site web…).</translation>
    </message>
    <message>
        <source>no partner row under the header (a row needs at least a name).</source>
        <translation>aucune ligne de partenaire sous l’en-tête (une ligne a besoin au moins d’un nom).</translation>
    </message>
    <message>
        <source>this row has no name (Name/Nom column): it was not imported.</source>
        <translation>cette ligne n’a pas de nom (colonne Nom/Name)&#xa0;: elle n’a pas été importée.</translation>
    </message>
    <message>
        <source>this column is not a partner field: not imported.</source>
        <translation>cette colonne n’est pas un champ de partenaire&#xa0;: non importée.</translation>
    </message>
    <message>
        <source>this cell held characters no file may hold ({characters}): they were removed.</source>
        <translation>cette cellule contenait des caractères qu’aucun fichier ne peut garder ({characters})&#xa0;: ils ont été retirés.</translation>
    </message>
    <message>
        <source>unknown kind “{text}” (expected cluster, company, lab, agency, network or other, in French or English): “other” was used.</source>
        <translation>type inconnu «&#xa0;{text}&#xa0;» (attendu&#xa0;: pôle ou cluster, entreprise, laboratoire, agence, réseau ou autre, en français ou en anglais)&#xa0;: «&#xa0;autre&#xa0;» a été retenu.</translation>
    </message>
    <message>
        <source>unknown country “{text}” (expected an ISO code such as DE, or the country’s name in French or English): kept as written.</source>
        <translation>pays inconnu «&#xa0;{text}&#xa0;» (attendu&#xa0;: un code ISO comme DE, ou le nom du pays en français ou en anglais)&#xa0;: gardé tel quel.</translation>
    </message>
    <message>
        <source>“{text}” is not one of the EU’s 14 industrial ecosystems: kept as a competence.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas l’un des 14 écosystèmes industriels de l’UE&#xa0;: gardé comme compétence.</translation>
    </message>
    <message>
        <source>unknown way of finding a partner “{text}”: “other” was used and the text kept in the notes.</source>
        <translation>façon de repérer un partenaire inconnue «&#xa0;{text}&#xa0;»&#xa0;: «&#xa0;autre&#xa0;» a été retenu et le texte gardé dans les notes.</translation>
    </message>
    <message>
        <source>“{text}” does not look like an e-mail address: kept as written.</source>
        <translation>«&#xa0;{text}&#xa0;» ne ressemble pas à une adresse électronique&#xa0;: gardé tel quel.</translation>
    </message>
    <message>
        <source>“{text}” is not a date (expected YYYY-MM-DD): the validation was not recorded.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date (attendu&#xa0;: AAAA-MM-JJ)&#xa0;: la validation n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>“{name}” ({country}) is already on row {row}: the two rows were merged.</source>
        <translation>«&#xa0;{name}&#xa0;» ({country}) est déjà à la ligne {row}&#xa0;: les deux lignes ont été fusionnées.</translation>
    </message>
    <message>
        <source>empty status on row {first_row}: put in the status of row {top_row}, “{value}” (its status cell is merged over this row); type the status if that is wrong.</source>
        <translation>statut vide ligne {first_row}&#xa0;: maillon mis au statut de la ligne {top_row}, «&#xa0;{value}&#xa0;» (sa cellule de statut est fusionnée sur cette ligne)&#x202f;; saisissez le statut si ce n’est pas le bon.</translation>
    </message>
    <message>
        <source>empty status on rows {first_row} to {last_row}: put in the status of row {top_row}, “{value}” (its status cell is merged over these rows); type the status if that is wrong.</source>
        <translation>statut vide des lignes {first_row} à {last_row}&#xa0;: maillons mis au statut de la ligne {top_row}, «&#xa0;{value}&#xa0;» (sa cellule de statut est fusionnée sur ces lignes)&#x202f;; saisissez le statut si ce n’est pas le bon.</translation>
    </message>
    <message>
        <source>a required field is missing</source>
        <translation>un champ obligatoire manque</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>expected a non-empty text</source>
        <translation>texte non vide attendu</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>nombre fini attendu</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <source>expected a list of 2 numbers [x, y]</source>
        <translation>liste de 2 nombres [x, y] attendue</translation>
    </message>
    <message>
        <source>expected an object {...}</source>
        <translation>objet {...} attendu</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD</source>
        <translation>date au format AAAA-MM-JJ attendue</translation>
    </message>
    <message>
        <source>expected a position [x, y] with x and y between -1,000,000 and 1,000,000 pixels</source>
        <translation>position [x, y] attendue, avec x et y compris entre -1&#x202f;000&#x202f;000 et 1&#x202f;000&#x202f;000&#xa0;pixels</translation>
    </message>
    <message>
        <source>expected a number from 0 to 1</source>
        <translation>nombre de 0 à 1 attendu</translation>
    </message>
    <message>
        <source>expected an identifier no other link has</source>
        <translation>identifiant attendu, différent de ceux des autres maillons</translation>
    </message>
    <message>
        <source>expected an identifier no other stage has</source>
        <translation>identifiant attendu, différent de ceux des autres étapes</translation>
    </message>
    <message>
        <source>expected an identifier no other action has</source>
        <translation>identifiant attendu, différent de ceux des autres actions</translation>
    </message>
    <message>
        <source>expected a non-blank link name</source>
        <translation>nom de maillon non vide attendu</translation>
    </message>
    <message>
        <source>expected a non-blank stage name</source>
        <translation>nom d’étape non vide attendu</translation>
    </message>
    <message>
        <source>expected a unique link name; “{name}” is already used (names are compared ignoring case and spaces)</source>
        <translation>nom de maillon unique attendu&#x202f;; «&#xa0;{name}&#xa0;» est déjà utilisé (les noms sont comparés sans tenir compte des majuscules ni des espaces)</translation>
    </message>
    <message>
        <source>expected the identifier of a stage (no stage has the identifier {id})</source>
        <translation>identifiant d’une étape attendu (aucune étape n’a l’identifiant {id})</translation>
    </message>
    <message>
        <source>expected the identifier of a link (no link has the identifier {id})</source>
        <translation>identifiant d’un maillon attendu (aucun maillon n’a l’identifiant {id})</translation>
    </message>
    <message>
        <source>a link cannot flow into itself (upstream and downstream are the same link)</source>
        <translation>un flux ne peut pas relier un maillon à lui-même (l’amont et l’aval sont le même maillon)</translation>
    </message>
    <message>
        <source>this flow is listed twice</source>
        <translation>ce flux figure deux fois</translation>
    </message>
    <message>
        <source>expected an identifier no other partner has</source>
        <translation>identifiant attendu, différent de ceux des autres partenaires</translation>
    </message>
    <message>
        <source>expected each partner once; “{name}” ({country}) is already cited (partners are compared by name and country)</source>
        <translation>chaque partenaire une seule fois attendu&#x202f;; «&#xa0;{name}&#xa0;» ({country}) est déjà cité (les partenaires sont comparés par nom et pays)</translation>
    </message>
    <message>
        <source>expected a non-blank partner name</source>
        <translation>nom de partenaire non vide attendu</translation>
    </message>
    <message>
        <source>expected an identifier no other alliance has</source>
        <translation>identifiant attendu, différent de ceux des autres alliances</translation>
    </message>
    <message>
        <source>expected the identifier of a cited partner (no partner has the identifier {id})</source>
        <translation>identifiant d’un partenaire cité attendu (aucun partenaire n’a l’identifiant {id})</translation>
    </message>
    <message>
        <source>expected the identifier of an action (no action has the identifier {id})</source>
        <translation>identifiant d’une action attendu (aucune action n’a l’identifiant {id})</translation>
    </message>
    <message>
        <source>expected each partner once per action; “{name}” is already a partner of this action</source>
        <translation>chaque partenaire une seule fois par action attendu&#x202f;; «&#xa0;{name}&#xa0;» est déjà partenaire de cette action</translation>
    </message>
    <message>
        <source>expected one decision per pair of links; this pair is decided twice</source>
        <translation>une seule décision par paire de maillons attendue&#x202f;; cette paire est décidée deux fois</translation>
    </message>
    <message>
        <source>{text}
(at {location})</source>
        <translation>{text}
(emplacement&#xa0;: {location})</translation>
    </message>
    <message>
        <source>{path} is open in another valuechain-gui window; use Save As.</source>
        <translation>{path} est ouvert dans une autre fenêtre de valuechain-gui&#x202f;; utilisez «&#xa0;Enregistrer sous&#xa0;».</translation>
    </message>
    <message>
        <source>expected one of {tokens}</source>
        <translation>une valeur parmi {tokens} attendue</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not imported: {columns} (the columns read are: {expected}).</source>
        <translation>
            <numerusform>%n colonne non importée&#xa0;: {columns} (les colonnes lues sont&#xa0;: {expected}).</numerusform>
            <numerusform>%n colonnes non importées&#xa0;: {columns} (les colonnes lues sont&#xa0;: {expected}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n cellule</numerusform>
            <numerusform>%n cellules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n maillon</numerusform>
            <numerusform>%n maillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flux</numerusform>
            <numerusform>%n flux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n partie</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n XML element(s)</source>
        <translation>
            <numerusform>%n élément XML</numerusform>
            <numerusform>%n éléments XML</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared text(s)</source>
        <translation>
            <numerusform>%n texte partagé</numerusform>
            <numerusform>%n textes partagés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell format(s)</source>
        <translation>
            <numerusform>%n format de cellule</numerusform>
            <numerusform>%n formats de cellule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n feuille</numerusform>
            <numerusform>%n feuilles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged range(s)</source>
        <translation>
            <numerusform>%n plage fusionnée</numerusform>
            <numerusform>%n plages fusionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Characters that cannot be saved or exported were removed in %n place(s): {places}</source>
        <translation>
            <numerusform>Des caractères impossibles à enregistrer ou à exporter ont été supprimés à %n endroit&#xa0;: {places}</numerusform>
            <numerusform>Des caractères impossibles à enregistrer ou à exporter ont été supprimés à %n endroits&#xa0;: {places}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{detail} (and %n more problem(s))</source>
        <translation>
            <numerusform>{detail} (et %n autre problème)</numerusform>
            <numerusform>{detail} (et %n autres problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>{count} could not be read as {encoding}: replaced by “�”; save the file as “CSV UTF-8” to keep every character.</source>
        <translation>{count}&#xa0;: lecture impossible en {encoding}, remplacement par «&#xa0;�&#xa0;»&#x202f;; enregistrez le fichier au format «&#xa0;CSV UTF-8&#xa0;» pour garder tous les caractères.</translation>
    </message>
    <message>
        <source>more than {limit}: a value chain has far fewer links; check that this is the right file.</source>
        <translation>plus de {limit}&#xa0;: une chaîne de valeur a bien moins de maillons&#x202f;; vérifiez qu’il s’agit du bon fichier.</translation>
    </message>
    <message>
        <source>this row has a cell past the limit of {limit}: a value chain sheet needs a dozen columns; check that this is the right file.</source>
        <translation>cette ligne a une cellule au-delà de la limite de {limit}&#xa0;: une feuille de chaîne de valeur a une douzaine de colonnes&#x202f;; vérifiez qu’il s’agit du bon fichier.</translation>
    </message>
    <message>
        <source>the sheet holds more than {limit} up to this row: check that this is the right file.</source>
        <translation>la feuille compte plus de {limit} jusqu’à cette ligne&#xa0;: vérifiez qu’il s’agit du bon fichier.</translation>
    </message>
    <message>
        <source>this cell holds more than {limit} (Excel’s own limit): check that this is the right file.</source>
        <translation>cette cellule contient plus de {limit} (la limite d’Excel)&#xa0;: vérifiez qu’il s’agit du bon fichier.</translation>
    </message>
    <message>
        <source>this row holds more than {limit}; a quote that is never closed makes the rest of the file one cell: check the quotes.</source>
        <translation>cette ligne contient plus de {limit}&#x202f;; un guillemet jamais fermé fait du reste du fichier une seule cellule&#xa0;: vérifiez les guillemets.</translation>
    </message>
    <message>
        <source>more than {limit}: check that this is the right file.</source>
        <translation>plus de {limit}&#xa0;: vérifiez qu’il s’agit du bon fichier.</translation>
    </message>
    <message>
        <source>more than {limit} for one link, or in all: check the upstream and downstream cells, or that this is the right file.</source>
        <translation>plus de {limit} pour un maillon, ou en tout&#xa0;: vérifiez les cellules amont et aval, ou qu’il s’agit du bon fichier.</translation>
    </message>
    <message>
        <source>the workbook part {part} unpacks to more than {limit_mb} MB: a value chain sheet is far smaller; check that this is the right file.</source>
        <translation>la partie {part} du classeur dépasse {limit_mb} Mo une fois décompressée&#xa0;: une feuille de chaîne de valeur est bien plus petite&#x202f;; vérifiez qu’il s’agit du bon fichier.</translation>
    </message>
    <message>
        <source>the workbook’s zip lists more than {limit}: check that this is the right file.</source>
        <translation>l’archive zip du classeur compte plus de {limit}&#xa0;: vérifiez qu’il s’agit du bon fichier.</translation>
    </message>
    <message>
        <source>the workbook holds more than {limit} in the parts read: check that this is the right file.</source>
        <translation>le classeur contient plus de {limit} dans les parties lues&#xa0;: vérifiez qu’il s’agit du bon fichier.</translation>
    </message>
    <message>
        <source>the workbook’s shared-strings table holds more than {limit}: check that this is the right file.</source>
        <translation>la table des textes partagés du classeur contient plus de {limit}&#xa0;: vérifiez qu’il s’agit du bon fichier.</translation>
    </message>
    <message>
        <source>the workbook’s styles hold more than {limit} (Excel’s own limit): the file is damaged; open it in Excel or LibreOffice and save it again.</source>
        <translation>les styles du classeur comptent plus de {limit} (la limite d’Excel)&#xa0;: le fichier est endommagé&#x202f;; ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>the workbook has more than {limit}: check that this is the right file.</source>
        <translation>le classeur a plus de {limit}&#xa0;: vérifiez qu’il s’agit du bon fichier.</translation>
    </message>
    <message>
        <source>the sheet has too many merged ranges: the last ones ({count}) were not read (their cells read as empty below their first row).</source>
        <translation>la feuille a trop de plages fusionnées&#xa0;: les dernières ({count}) n’ont pas été lues (leurs cellules sont lues vides sous leur première ligne).</translation>
    </message>
    <message>
        <source>byte {byte}</source>
        <translation>octet {byte}</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>niveau racine</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… et {n} autres.</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Vue d’ensemble&#xa0;: cliquez ou faites glisser pour déplacer la vue</translation>
    </message>
</context>
<context>
    <name>OpenVotingDialog</name>
    <message>
        <source>Open Voting</source>
        <translation>Ouvrir le vote</translation>
    </message>
    <message>
        <source>Participants vote on the links from their phones or laptops, on a page this computer serves on the room&apos;s network. Choose the network the room is on.</source>
        <translation>Les participants votent sur les maillons depuis leur téléphone ou leur ordinateur, sur une page que cet ordinateur sert sur le réseau de la salle. Choisissez le réseau de la salle.</translation>
    </message>
    <message>
        <source>{address} ({interface})</source>
        <translation>{address} ({interface})</translation>
    </message>
    <message>
        <source>{address} (this computer only, for a test)</source>
        <translation>{address} (cet ordinateur seulement, pour un essai)</translation>
    </message>
    <message>
        <source>A port nothing else uses on this computer</source>
        <translation>Un port qu’aucun autre programme n’utilise sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>no date</source>
        <translation>aucune date</translation>
    </message>
    <message>
        <source>Press Delete to clear the date.</source>
        <translation>Appuyez sur Suppr pour effacer la date.</translation>
    </message>
</context>
<context>
    <name>PartnerActions</name>
    <message>
        <source>&amp;Find Partners for the Selected Link</source>
        <translation>&amp;Trouver des partenaires pour le maillon sélectionné</translation>
    </message>
    <message>
        <source>Rank the partners whose strong links or competences could fill the selected weak or missing link</source>
        <translation>Classer les partenaires dont les maillons forts ou les compétences pourraient combler le maillon faible ou manquant sélectionné</translation>
    </message>
    <message>
        <source>&amp;Attach a Partner&apos;s Map…</source>
        <translation>&amp;Joindre la chaîne d’un partenaire…</translation>
    </message>
    <message>
        <source>Read the value chain a partner has mapped itself (.vchain or spreadsheet)</source>
        <translation>Lire la chaîne de valeur qu’un partenaire a lui-même cartographiée (.vchain ou tableur)</translation>
    </message>
    <message>
        <source>Partner&amp;s</source>
        <translation>Partenaire&amp;s</translation>
    </message>
    <message>
        <source>Select one weak or missing link to find partners for it.</source>
        <translation>Sélectionnez un maillon faible ou manquant pour lui trouver des partenaires.</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Edit Partner</source>
        <translation>Modifier le partenaire</translation>
    </message>
    <message>
        <source>Add Partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>LiDAR; radar; embedded software</source>
        <translation>LiDAR&#xa0;; radar&#xa0;; logiciel embarqué</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sectors:</source>
        <translation>&amp;Secteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;mpetences:</source>
        <translation>Co&amp;mpétences&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>&amp;Personne à contacter&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Found via:</source>
        <translation>&amp;Repéré par&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PartnerTable</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Latest validation</source>
        <translation>Dernière validation</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
</context>
<context>
    <name>PartnersEditor</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Cooperation stage</source>
        <translation>Avancement de la coopération</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Retirer le partenaire</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>title</source>
        <translation>intitulé</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>porteur</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partenaires</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>funding source</source>
        <translation>source de financement</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>périmètre</translation>
    </message>
    <message>
        <source>search channels</source>
        <translation>canaux de recherche</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>l’ajout de l’action</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>la suppression de l’action</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>la modification de l’action</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>la modification «&#xa0;{field}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PlanDelegate</name>
    <message>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
</context>
<context>
    <name>PlanDock</name>
    <message>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Supprimer l’action</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filtrer par porteur</translation>
    </message>
    <message>
        <source>Local reinforcement ({n})</source>
        <translation>Renforcement local ({n})</translation>
    </message>
    <message>
        <source>Alliance search ({n})</source>
        <translation>Recherche d’alliances ({n})</translation>
    </message>
    <message>
        <source>Assets ({n})</source>
        <translation>Atouts ({n})</translation>
    </message>
    <message>
        <source>Obsolete ({n})</source>
        <translation>Obsolètes ({n})</translation>
    </message>
    <message>
        <source>Actions on weak links, on the territory</source>
        <translation>Actions sur les maillons faibles, sur le territoire</translation>
    </message>
    <message>
        <source>Partners to find for missing links</source>
        <translation>Partenaires à trouver pour les maillons manquants</translation>
    </message>
    <message>
        <source>Strong links: what the cluster brings to an alliance</source>
        <translation>Maillons forts&#xa0;: ce que le pôle apporte à une alliance</translation>
    </message>
    <message>
        <source>Actions whose link was removed or retagged, kept</source>
        <translation>Actions dont le maillon a été supprimé ou réévalué, conservées</translation>
    </message>
    <message numerus="yes">
        <source>%n live action(s) without owner or deadline</source>
        <translation>
            <numerusform>%n action active sans porteur ou sans échéance</numerusform>
            <numerusform>%n actions actives sans porteur ou sans échéance</numerusform>
        </translation>
    </message>
    <message>
        <source>Every live action has an owner and a deadline</source>
        <translation>Chaque action active a un porteur et une échéance</translation>
    </message>
    <message>
        <source>Select a link on the map, or one of its actions, to add an action to it</source>
        <translation>Sélectionnez un maillon sur la carte, ou l’une de ses actions, pour lui ajouter une action</translation>
    </message>
    <message>
        <source>Add another action to “{link}”</source>
        <translation>Ajouter une autre action à «&#xa0;{link}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n action(s)</source>
        <translation>
            <numerusform>Supprimer %n action</numerusform>
            <numerusform>Supprimer %n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>high</source>
        <translation>haute</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <translation>basse</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validée</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>local reinforcement</source>
        <translation>renforcement local</translation>
    </message>
    <message>
        <source>alliance search</source>
        <translation>recherche d’alliances</translation>
    </message>
    <message>
        <source>live</source>
        <translation>active</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>réalisée</translation>
    </message>
    <message>
        <source>obsolete</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <source>obsolete: {reason}</source>
        <translation>obsolète&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>link removed</source>
        <translation>maillon supprimé</translation>
    </message>
    <message>
        <source>link retagged</source>
        <translation>statut du maillon modifié</translation>
    </message>
    <message>
        <source>link strong but action not done</source>
        <translation>maillon devenu fort, action non terminée</translation>
    </message>
    <message>
        <source>regional</source>
        <translation>régional</translation>
    </message>
    <message>
        <source>national</source>
        <translation>national</translation>
    </message>
    <message>
        <source>European</source>
        <translation>européen</translation>
    </message>
    <message>
        <source>international</source>
        <translation>international</translation>
    </message>
    <message>
        <source>obvious leader</source>
        <translation>leader évident</translation>
    </message>
    <message>
        <source>market data</source>
        <translation>données de marché</translation>
    </message>
    <message>
        <source>patents</source>
        <translation>brevets</translation>
    </message>
    <message>
        <source>publications</source>
        <translation>publications scientifiques</translation>
    </message>
    <message>
        <source>trade fairs &amp; congresses</source>
        <translation>salons et congrès</translation>
    </message>
    <message>
        <source>regional international offices</source>
        <translation>bureaux internationaux de la région</translation>
    </message>
    <message>
        <source>cluster network</source>
        <translation>réseau de pôles et clusters</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>pôle ou cluster</translation>
    </message>
    <message>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <source>lab</source>
        <translation>laboratoire</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agence</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>repéré</translation>
    </message>
    <message>
        <source>validated</source>
        <comment>cooperation stage</comment>
        <translation>validé</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>contacté</translation>
    </message>
    <message>
        <source>first joint operations</source>
        <translation>premières opérations communes</translation>
    </message>
    <message>
        <source>structured alliance</source>
        <translation>alliance structurée</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>partagée</translation>
    </message>
    <message>
        <source>rotating</source>
        <translation>alternée</translation>
    </message>
    <message>
        <source>neutral third party</source>
        <translation>tiers neutre</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Priority suggested by the gap analysis (criticality of the link)</source>
        <translation>Priorité suggérée par l’analyse des manques (criticité du maillon)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Maillon</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggérée</translation>
    </message>
    <message>
        <source>Suggested from the gap analysis: criticality {score}/100, rank {rank}; the priority column stays yours.</source>
        <translation>Suggérée par l’analyse des manques&#xa0;: criticité {score}/100, rang {rank}&#x202f;; la colonne Priorité reste à votre main.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>Autosave interval, interface language, recovery files</source>
        <translation>Intervalle d’enregistrement automatique, langue de l’interface, fichiers de récupération</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>How often an open project with changes is copied to a recovery file (it is also copied when the window loses focus). Default: {n} s.</source>
        <translation>Fréquence à laquelle un projet ouvert modifié est copié dans un fichier de récupération (il l’est aussi quand la fenêtre perd le focus). Par défaut&#xa0;: {n} s.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The interface language changes the next time valuechain-gui starts.</source>
        <translation>La langue de l’interface change au prochain démarrage de valuechain-gui.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Recovery files are kept here until the project is saved or closed; after a crash they are offered at the next start.</source>
        <translation>Les fichiers de récupération sont conservés ici jusqu’à l’enregistrement ou la fermeture du projet&#x202f;; après un plantage, ils sont proposés au démarrage suivant.</translation>
    </message>
    <message>
        <source>The partner directory file. Choose a file on a shared drive to share one directory with your team; leave blank for your own.</source>
        <translation>Le fichier de l’annuaire des partenaires. Choisissez un fichier sur un lecteur partagé pour partager un annuaire avec votre équipe&#xa0;; laissez vide pour le vôtre.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Intervalle d’enregistrement automatique&#xa0;:</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface&#xa0;:</translation>
    </message>
    <message>
        <source>Recovery files:</source>
        <translation>Fichiers de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>Partner &amp;directory:</source>
        <translation>&amp;Annuaire des partenaires&#xa0;:</translation>
    </message>
    <message>
        <source>Partner Directory File</source>
        <translation>Fichier de l’annuaire des partenaires</translation>
    </message>
    <message>
        <source>Partner directory (*.sqlite3 *.db);;All files (*)</source>
        <translation>Annuaire des partenaires (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Pr&amp;esent</source>
        <translation>M&amp;ode présentateur</translation>
    </message>
    <message>
        <source>Full-screen map in large type for the room</source>
        <translation>La carte en plein écran, en gros caractères, pour la salle</translation>
    </message>
    <message>
        <source>Agenda &amp;Timer…</source>
        <translation>Minuteur de l’ordre du &amp;jour…</translation>
    </message>
    <message>
        <source>&amp;Discuss Most Divided Links First</source>
        <translation>&amp;Discuter d’abord les maillons les plus disputés</translation>
    </message>
    <message>
        <source>In presenter mode, step through the links the room&apos;s votes divide most first</source>
        <translation>En mode présentation, parcourir d’abord les maillons sur lesquels les votes de la salle divergent le plus</translation>
    </message>
    <message>
        <source>Presenter band</source>
        <translation>Bandeau du présentateur</translation>
    </message>
    <message>
        <source>The agenda timer has ended.</source>
        <translation>Le minuteur de l’ordre du jour est écoulé.</translation>
    </message>
    <message>
        <source>Agenda timer</source>
        <translation>Minuteur de l’ordre du jour</translation>
    </message>
    <message>
        <source>e.g. Assess the components</source>
        <translation>ex.&#xa0;: Évaluer les composants</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation>Arrêter le minuteur</translation>
    </message>
    <message>
        <source>&amp;Agenda item:</source>
        <translation>&amp;Point de l’ordre du jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PresenterBand</name>
    <message>
        <source>Completeness {value} %</source>
        <translation>Complétude {value} %</translation>
    </message>
    <message>
        <source>Nothing left to assess</source>
        <translation>Plus rien à évaluer</translation>
    </message>
    <message>
        <source>To assess {index} / {total}</source>
        <translation>À évaluer {index} / {total}</translation>
    </message>
    <message>
        <source>Link {index} / {total}</source>
        <translation>Maillon {index} / {total}</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Temps écoulé</translation>
    </message>
</context>
<context>
    <name>ProjectProperties</name>
    <message>
        <source>Edit project properties</source>
        <translation>Modifier les propriétés du projet</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <source>Target market, cluster, territory, participants, workshop date and the status weights of the gap analysis</source>
        <translation>Marché cible, pôle, territoire, participants, date de l’atelier et pondération des statuts dans l’analyse des manques</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
</context>
<context>
    <name>ProjectPropertiesDialog</name>
    <message>
        <source>Project Properties</source>
        <translation>Propriétés du projet</translation>
    </message>
    <message>
        <source>e.g. Autonomous special vehicles</source>
        <translation>p.&#xa0;ex. Véhicules spéciaux autonomes</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Un nom par ligne</translation>
    </message>
    <message>
        <source>Workshop &amp;date:</source>
        <translation>&amp;Date de l’atelier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Target market:</source>
        <translation>&amp;Marché cible&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Pôle&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>&amp;Territoire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>Parti&amp;cipants&#xa0;:</translation>
    </message>
    <message>
        <source>Restore De&amp;faults</source>
        <translation>Rétablir les valeurs par déf&amp;aut</translation>
    </message>
    <message>
        <source>The criticality score of a gap is multiplied by the weight of its status: a missing link (nobody here does it) is a worse gap than a weak one (present but insufficient). Defaults: missing {missing}, weak {weak}.</source>
        <translation>Le score de criticité d’un manque est multiplié par la pondération de son statut&#xa0;: un maillon manquant (personne ne le fait ici) est un manque plus grave qu’un maillon faible (présent mais insuffisant). Par défaut&#xa0;: manquant {missing}, faible {weak}.</translation>
    </message>
    <message>
        <source>&amp;Missing link:</source>
        <translation>Maillon ma&amp;nquant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Weak link:</source>
        <translation>Maillon &amp;faible&#xa0;:</translation>
    </message>
    <message>
        <source>Gap analysis: status weights</source>
        <translation>Analyse des manques&#xa0;: pondération des statuts</translation>
    </message>
</context>
<context>
    <name>PropertiesDock</name>
    <message>
        <source>Link properties</source>
        <translation>Propriétés du maillon</translation>
    </message>
    <message>
        <source>Select a link on the map to see and edit it here.</source>
        <translation>Sélectionnez un maillon sur la carte pour le voir et le modifier ici.</translation>
    </message>
    <message>
        <source>Strategic link</source>
        <translation>Maillon stratégique</translation>
    </message>
    <message>
        <source>End market (a final use of the chain)</source>
        <translation>Marché final (un usage final de la chaîne)</translation>
    </message>
    <message>
        <source>One actor per line, or separated by ;</source>
        <translation>Un acteur par ligne, ou séparés par&#x202f;;</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Actors:</source>
        <translation>A&amp;cteurs&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n links selected</source>
        <translation>
            <numerusform>%n maillon sélectionné</numerusform>
            <numerusform>%n maillons sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>A link needs a name.</source>
        <translation>Un maillon doit avoir un nom.</translation>
    </message>
    <message>
        <source>Another link is already named “{name}”.</source>
        <translation>Un autre maillon s’appelle déjà «&#xa0;{name}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
</context>
<context>
    <name>RecomposedDock</name>
    <message>
        <source>Recomposed chain</source>
        <translation>Chaîne recomposée</translation>
    </message>
    <message>
        <source>Include in the alliance:</source>
        <translation>Inclure dans l’alliance&#xa0;:</translation>
    </message>
    <message>
        <source>No cited partner has a map yet. Attach a partner&apos;s own map (a .vchain or a spreadsheet) to see, link by link, what an alliance with it would complete.</source>
        <translation>Aucun partenaire cité n’a encore de chaîne. Joignez la chaîne d’un partenaire (un .vchain ou un tableur) pour voir, maillon par maillon, ce qu’une alliance avec lui compléterait.</translation>
    </message>
    <message>
        <source>Count {name}&apos;s strong links in the chain&apos;s completeness</source>
        <translation>Compter les maillons forts de {name} dans la complétude de la chaîne</translation>
    </message>
    <message>
        <source>Completeness alone: &lt;b&gt;{alone}&lt;/b&gt;</source>
        <translation>Complétude seule&#xa0;: &lt;b&gt;{alone}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>strong in at least one cluster of the alliance: &lt;b&gt;{n} of {total}&lt;/b&gt; links (here alone: {alone})</source>
        <translation>fort dans au moins un pôle de l’alliance&#xa0;: &lt;b&gt;{n} maillons sur {total}&lt;/b&gt; (ici seul&#xa0;: {alone})</translation>
    </message>
    <message>
        <source>Completeness: &lt;b&gt;{alone}&lt;/b&gt; alone, &lt;b&gt;{with_}&lt;/b&gt; with the selected partners · {strong}</source>
        <translation>Complétude&#xa0;: &lt;b&gt;{alone}&lt;/b&gt; seule, &lt;b&gt;{with_}&lt;/b&gt; avec les partenaires retenus · {strong}</translation>
    </message>
</context>
<context>
    <name>RecomposedModel</name>
    <message>
        <source>Our link</source>
        <translation>Notre maillon</translation>
    </message>
    <message>
        <source>In the alliance</source>
        <translation>Dans l’alliance</translation>
    </message>
    <message>
        <source>Our link, with our status</source>
        <translation>Notre maillon, avec notre statut</translation>
    </message>
    <message>
        <source>Strong when the link is strong here or in a selected partner</source>
        <translation>Fort quand le maillon est fort ici ou chez un partenaire retenu</translation>
    </message>
    <message>
        <source>{name}: map from {source}</source>
        <translation>{name}&#xa0;: chaîne lue dans {source}</translation>
    </message>
    <message>
        <source>{link}: {status} here</source>
        <translation>{link}&#xa0;: {status} ici</translation>
    </message>
    <message>
        <source>{link} is {status} here, strong in: {partners}</source>
        <translation>{link} est {status} ici, fort chez&#xa0;: {partners}</translation>
    </message>
    <message>
        <source>No corresponding link in this partner&apos;s map</source>
        <translation>Aucun maillon correspondant dans la chaîne de ce partenaire</translation>
    </message>
    <message>
        <source>correspondence confirmed</source>
        <translation>correspondance confirmée</translation>
    </message>
    <message>
        <source>similarity {n}</source>
        <translation>similarité {n}</translation>
    </message>
    <message>
        <source>{link}: {status} in their map ({how})</source>
        <translation>{link}&#xa0;: {status} dans sa chaîne ({how})</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Recovery file: autosaved {time}, {counts}.</source>
        <translation>Fichier de récupération&#xa0;: enregistré automatiquement le {time}, {counts}.</translation>
    </message>
    <message>
        <source>Recovery file {file}: autosaved {time}, cannot be read: {reason}</source>
        <translation>Fichier de récupération {file}&#xa0;: enregistré automatiquement le {time}, illisible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>This project was never saved: there is no file on disk.</source>
        <translation>Ce projet n’a jamais été enregistré&#xa0;: il n’existe aucun fichier sur le disque.</translation>
    </message>
    <message>
        <source>File on disk ({path}): saved {time}, {counts}.</source>
        <translation>Fichier sur le disque ({path})&#xa0;: enregistré le {time}, {counts}.</translation>
    </message>
    <message>
        <source>The file on disk is newer than the recovery file.</source>
        <translation>Le fichier sur le disque est plus récent que le fichier de récupération.</translation>
    </message>
    <message>
        <source>The recovery file is newer than the file on disk.</source>
        <translation>Le fichier de récupération est plus récent que le fichier sur le disque.</translation>
    </message>
    <message>
        <source>File on disk ({path}): {reason}</source>
        <translation>Fichier sur le disque ({path})&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Untitled ({market})</source>
        <translation>Sans titre ({market})</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Recovered {name}: check it, then save it.</source>
        <translation>{name} récupéré&#xa0;: vérifiez-le, puis enregistrez-le.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n maillon</numerusform>
            <numerusform>%n maillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flux</numerusform>
            <numerusform>%n flux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>larger than {limit} KB; a recovery sidecar holds a few hundred bytes</source>
        <translation>plus de {limit}&#xa0;Ko&#x202f;; un fichier d’accompagnement de récupération ne fait que quelques centaines d’octets</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte})</source>
        <translation>pas du texte UTF-8 (octet {byte})</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>pas du JSON valide ({reason})</translation>
    </message>
    <message>
        <source>not valid JSON at line {line}, column {column}: it may be truncated</source>
        <translation>pas du JSON valide à la ligne {line}, colonne {column}&#xa0;: il est peut-être tronqué</translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation>pas du JSON valide&#xa0;: imbrication trop profonde</translation>
    </message>
    <message>
        <source>not a recovery sidecar (expected a JSON object with “format”: “valuechain-gui-recovery”)</source>
        <translation>pas un fichier d’accompagnement de récupération (objet JSON attendu avec «&#xa0;format&#xa0;»&#xa0;: «&#xa0;valuechain-gui-recovery&#xa0;»)</translation>
    </message>
    <message>
        <source>a required field is missing</source>
        <translation>un champ obligatoire manque</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>expected the path of the project file, or null</source>
        <translation>chemin du fichier du projet ou null attendu</translation>
    </message>
    <message>
        <source>expected a date and time such as 2024-05-14T09:30:00+00:00</source>
        <translation>date et heure attendues, par exemple 2024-05-14T09:30:00+00:00</translation>
    </message>
    <message>
        <source>the time has no time zone (expected a date and time such as 2024-05-14T09:30:00+00:00)</source>
        <translation>l’heure n’a pas de fuseau horaire (date et heure attendues, par exemple 2024-05-14T09:30:00+00:00)</translation>
    </message>
    <message>
        <source>expected an object {...}</source>
        <translation>objet {...} attendu</translation>
    </message>
    <message>
        <source>expected a whole number from 0 to {limit}</source>
        <translation>nombre entier de 0 à {limit} attendu</translation>
    </message>
    <message>
        <source>expected a whole number from 1</source>
        <translation>nombre entier à partir de 1 attendu</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>illisible ({reason})</translation>
    </message>
    <message>
        <source>its project copy {name} is missing</source>
        <translation>sa copie du projet, {name}, est absente</translation>
    </message>
    <message>
        <source>not a name autosave writes (expected letters, digits, “-” and “_” before the extension)</source>
        <translation>nom que l’enregistrement automatique n’écrit pas (lettres, chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;» attendus avant l’extension)</translation>
    </message>
    <message>
        <source>{problem} (it could not be moved: {reason})</source>
        <translation>{problem} (il n’a pas pu être déplacé&#xa0;: {reason})</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>valuechain-gui was not closed properly. These projects had changes that were autosaved. Choose what to do with each one.</source>
        <translation>valuechain-gui n’a pas été fermé correctement. Ces projets avaient des modifications enregistrées automatiquement. Choisissez quoi faire de chacun.</translation>
    </message>
    <message>
        <source>valuechain-gui was not closed properly, but the autosaved changes it left are damaged and cannot be restored.</source>
        <translation>valuechain-gui n’a pas été fermé correctement, mais les modifications enregistrées automatiquement qu’il a laissées sont endommagées et ne peuvent pas être restaurées.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Enregistré automatiquement</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Décider plus tard</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged recovery file(s) set aside in {folder} (a project copy there can still be opened with File &gt; Open):</source>
        <translation>
            <numerusform>%n fichier de récupération endommagé mis de côté dans {folder} (une copie de projet qui s’y trouve peut encore être ouverte par Fichier &gt; Ouvrir)&#xa0;:</numerusform>
            <numerusform>%n fichiers de récupération endommagés mis de côté dans {folder} (une copie de projet qui s’y trouve peut encore être ouverte par Fichier &gt; Ouvrir)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>This recovery file cannot be read: {file}: {reason}</source>
        <translation>Ce fichier de récupération ne peut pas être lu&#xa0;: {file}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du dossier…</translation>
    </message>
    <message>
        <source>_report_to_share</source>
        <translation>_dossier_a_partager</translation>
    </message>
    <message>
        <source>_report</source>
        <translation>_dossier</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Sheets: {sheets}.</source>
        <translation>Feuilles&#xa0;: {sheets}.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) contained characters Excel refuses; they were removed.</source>
        <translation>
            <numerusform>%n cellule contenait des caractères refusés par Excel&#x202f;; ils ont été retirés.</numerusform>
            <numerusform>%n cellules contenaient des caractères refusés par Excel&#x202f;; ils ont été retirés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text was cut at Excel&apos;s limit of 32,767 characters in %n cell(s) (the project keeps the whole text).</source>
        <translation>
            <numerusform>Texte tronqué à la limite d’Excel de 32&#x202f;767 caractères dans %n cellule (le projet garde le texte entier).</numerusform>
            <numerusform>Texte tronqué à la limite d’Excel de 32&#x202f;767 caractères dans %n cellules (le projet garde le texte entier).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share for Co-editing</source>
        <translation>Partager pour la coédition</translation>
    </message>
    <message>
        <source>&amp;Share this map</source>
        <translation>&amp;Partager cette carte</translation>
    </message>
    <message>
        <source>&amp;Join a shared map (it replaces the map shown)</source>
        <translation>&amp;Rejoindre une carte partagée (elle remplace la carte affichée)</translation>
    </message>
    <message>
        <source>the relay&apos;s token file</source>
        <translation>le fichier du jeton du relais</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>or paste the token</source>
        <translation>ou collez le jeton</translation>
    </message>
    <message>
        <source>The name the others see beside your colour</source>
        <translation>Le nom que les autres voient à côté de votre couleur</translation>
    </message>
    <message>
        <source>Several clusters edit this map at once through a relay (valuechain-gui serve). Edits made while the network is down are kept and merged when it comes back.</source>
        <translation>Plusieurs pôles modifient cette carte en même temps par un relais (valuechain-gui serve). Les modifications faites pendant une coupure du réseau sont gardées et fusionnées à son retour.</translation>
    </message>
    <message>
        <source>ws://HOST:PORT, or wss://HOST behind TLS; a room&apos;s address may be pasted here</source>
        <translation>ws://HÔTE:PORT, ou wss://HÔTE derrière TLS&#x202f;; l’adresse d’une salle peut être collée ici</translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation>&amp;Copier l’adresse</translation>
    </message>
    <message>
        <source>Copy the room&apos;s address (without the token) to send to your partner</source>
        <translation>Copier l’adresse de la salle (sans le jeton) pour l’envoyer à votre partenaire</translation>
    </message>
    <message>
        <source>&amp;Relay:</source>
        <translation>Re&amp;lais&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>&amp;Salle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Token file:</source>
        <translation>&amp;Fichier du jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>The Relay&apos;s Token File</source>
        <translation>Le fichier du jeton du relais</translation>
    </message>
    <message>
        <source>Copied: {link}</source>
        <translation>Copié&#xa0;: {link}</translation>
    </message>
    <message>
        <source>The relay&apos;s address is ws://HOST:PORT (or wss://HOST).</source>
        <translation>L’adresse du relais est ws://HÔTE:PORT (ou wss://HÔTE).</translation>
    </message>
    <message>
        <source>The room is a name of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>La salle est un nom fait de lettres, de chiffres, de «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>Give the name the others will see.</source>
        <translation>Indiquez le nom que les autres verront.</translation>
    </message>
    <message>
        <source>A token is at least {n} printable characters.</source>
        <translation>Un jeton compte au moins {n} caractères imprimables.</translation>
    </message>
    <message>
        <source>Choose the relay&apos;s token file, or paste the token.</source>
        <translation>Choisissez le fichier du jeton du relais, ou collez le jeton.</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>S&amp;hare for Co-editing…</source>
        <translation>Par&amp;tager pour la coédition…</translation>
    </message>
    <message>
        <source>Edit this map live with other clusters through a relay</source>
        <translation>Modifier cette carte en direct avec d’autres pôles par un relais</translation>
    </message>
    <message>
        <source>Stop Sharin&amp;g</source>
        <translation>Arrêter le p&amp;artage</translation>
    </message>
    <message>
        <source>Leave the room; the map stays as it is now</source>
        <translation>Quitter la salle&#x202f;; la carte reste telle qu’elle est</translation>
    </message>
    <message>
        <source>Co-editing room: {address}</source>
        <translation>Salle de coédition&#xa0;: {address}</translation>
    </message>
    <message>
        <source>Cannot share this map</source>
        <translation>Impossible de partager cette carte</translation>
    </message>
    <message>
        <source>Cannot join</source>
        <translation>Impossible de rejoindre</translation>
    </message>
    <message>
        <source>The room {room} holds no map yet: the cluster sharing it must share it first.</source>
        <translation>La salle {room} ne contient pas encore de carte&#xa0;: le pôle qui la partage doit d’abord la partager.</translation>
    </message>
    <message>
        <source>A partner changed what your last edits touched: your undo history was cleared.</source>
        <translation>Un partenaire a modifié ce que vos dernières modifications touchaient&#xa0;: votre historique d’annulation a été vidé.</translation>
    </message>
    <message>
        <source>Connecting to the relay…</source>
        <translation>Connexion au relais…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Offline: relay unreachable (your edits are kept and merged on reconnection)</source>
        <translation>Hors ligne&#xa0;: relais injoignable (vos modifications sont gardées et fusionnées à la reconnexion)</translation>
    </message>
    <message>
        <source>Offline (your edits are kept and merged on reconnection)</source>
        <translation>Hors ligne (vos modifications sont gardées et fusionnées à la reconnexion)</translation>
    </message>
    <message>
        <source>wrong token</source>
        <translation>jeton erroné</translation>
    </message>
    <message>
        <source>no such room name</source>
        <translation>nom de salle invalide</translation>
    </message>
    <message>
        <source>the relay cannot serve this room (its store is damaged)</source>
        <translation>le relais ne peut pas servir cette salle (sa sauvegarde est endommagée)</translation>
    </message>
    <message>
        <source>too many refused attempts from this address</source>
        <translation>trop de tentatives refusées depuis cette adresse</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Refusé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (vous)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>strong</source>
        <translation>fort</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>unassessed</source>
        <translation>à évaluer</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Public sources</source>
        <translation>Sources publiques</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>Nouveau depuis un modèle</translation>
    </message>
    <message>
        <source>New project from the template “{name}”.</source>
        <translation>Nouveau projet depuis le modèle «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Nouveau depuis un &amp;modèle…</translation>
    </message>
    <message>
        <source>Start from a generic chain or a public value chain of a market</source>
        <translation>Partir d’une chaîne générique ou de la chaîne de valeur publique d’un marché</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s):</source>
        <translation>
            <numerusform>%n étape&#xa0;:</numerusform>
            <numerusform>%n étapes&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s):</source>
        <translation>
            <numerusform>%n maillon&#xa0;:</numerusform>
            <numerusform>%n maillons&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>Record votes</source>
        <translation>Enregistrer les votes</translation>
    </message>
    <message>
        <source>Open &amp;Voting…</source>
        <translation>Ouvrir le &amp;vote…</translation>
    </message>
    <message>
        <source>Let the room vote on the links from their phones</source>
        <translation>Faire voter la salle sur les maillons depuis les téléphones</translation>
    </message>
    <message>
        <source>Show Voting &amp;Address</source>
        <translation>Afficher l’&amp;adresse du vote</translation>
    </message>
    <message>
        <source>C&amp;lose Voting</source>
        <translation>C&amp;lore le vote</translation>
    </message>
    <message>
        <source>Stop the voting page and keep the votes in the project</source>
        <translation>Arrêter la page de vote et garder les votes dans le projet</translation>
    </message>
    <message>
        <source>Close a Link&apos;s Voting When Its Status Is Set</source>
        <translation>Clore le vote d’un maillon quand son statut est fixé</translation>
    </message>
    <message>
        <source>Show the Room&apos;s Comments to Participants</source>
        <translation>Montrer aux participants les commentaires de la salle</translation>
    </message>
    <message>
        <source>Participants see each other&apos;s comments on the voting page (never their names)</source>
        <translation>Les participants voient les commentaires des autres sur la page de vote (jamais leurs noms)</translation>
    </message>
    <message>
        <source>Open Voting</source>
        <translation>Ouvrir le vote</translation>
    </message>
    <message>
        <source>The voting page cannot be served on {address}: {reason}</source>
        <translation>La page de vote ne peut pas être servie sur {address}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Voting is open at {url}</source>
        <translation>Le vote est ouvert à l’adresse {url}</translation>
    </message>
    <message>
        <source>Voting closed: the votes are kept in the project.</source>
        <translation>Vote clos&#xa0;: les votes sont gardés dans le projet.</translation>
    </message>
    <message>
        <source>don&apos;t know</source>
        <translation>ne sait pas</translation>
    </message>
    <message>
        <source>{vote} {count}</source>
        <translation>{vote} {count}</translation>
    </message>
    <message>
        <source>Dissent from the status decided: {percent} %</source>
        <translation>Désaccord avec le statut décidé&#xa0;: {percent}&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>Room&apos;s votes (live): %n vote(s)</source>
        <translation>
            <numerusform>Votes de la salle (en direct)&#xa0;:&#xa0;%n vote</numerusform>
            <numerusform>Votes de la salle (en direct)&#xa0;:&#xa0;%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Room&apos;s votes of {date}: %n vote(s)</source>
        <translation>
            <numerusform>Votes de la salle du {date}&#xa0;:&#xa0;%n vote</numerusform>
            <numerusform>Votes de la salle du {date}&#xa0;:&#xa0;%n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Rows</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
</TS>
