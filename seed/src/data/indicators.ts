import type { IndicatorAggregation, IndicatorDirection } from '@redcloud/cms/contract'

type Four = Record<'en' | 'es' | 'fr' | 'it', string>

export type SeedIndicator = {
  slug: string
  name: Four
  definition: Four
  unitOfMeasure: Four
  direction: IndicatorDirection
  aggregation: IndicatorAggregation
  themes: string[] // theme slugs
}

const indicator = (
  slug: string,
  [it, en, fr, es]: [string, string, string, string],
  [dit, den, dfr, des]: [string, string, string, string],
  [uit, uen, ufr, ues]: [string, string, string, string],
  direction: IndicatorDirection,
  aggregation: IndicatorAggregation,
  themes: string[],
): SeedIndicator => ({
  slug,
  name: { it, en, fr, es },
  definition: { it: dit, en: den, fr: dfr, es: des },
  unitOfMeasure: { it: uit, en: uen, fr: ufr, es: ues },
  direction,
  aggregation,
  themes,
})

const PEOPLE: [string, string, string, string] = ['persone', 'people', 'personnes', 'personas']

/** The indicator library of the demo: measures of Red Cross social work that add up across practices. */
export const indicators: SeedIndicator[] = [
  indicator(
    'people-reached',
    ['Persone raggiunte', 'People reached', 'Personnes atteintes', 'Personas alcanzadas'],
    [
      'Persone diverse che hanno ricevuto almeno un servizio nel periodo, contate una volta sola.',
      'Distinct people who received at least one service in the period, each counted once.',
      'Personnes distinctes ayant reçu au moins un service sur la période, comptées une seule fois.',
      'Personas distintas que recibieron al menos un servicio en el periodo, contadas una sola vez.',
    ],
    PEOPLE,
    'higher',
    'sum',
    ['social-inclusion'],
  ),
  indicator(
    'volunteer-hours',
    ['Ore di volontariato', 'Volunteer hours', 'Heures de bénévolat', 'Horas de voluntariado'],
    [
      'Ore di servizio dei volontari registrate sui turni, formazione esclusa.',
      'Hours of service volunteers logged on their shifts, training excluded.',
      'Heures de service des bénévoles enregistrées sur les permanences, formation exclue.',
      'Horas de servicio de los voluntarios registradas en los turnos, sin contar la formación.',
    ],
    ['ore', 'hours', 'heures', 'horas'],
    'higher',
    'sum',
    ['volunteering'],
  ),
  indicator(
    'active-volunteers',
    ['Volontari attivi', 'Active volunteers', 'Bénévoles actifs', 'Voluntarios activos'],
    [
      'Volontari che hanno svolto almeno un turno negli ultimi tre mesi.',
      'Volunteers who served at least one shift in the last three months.',
      'Bénévoles ayant assuré au moins une permanence au cours des trois derniers mois.',
      'Voluntarios que han cubierto al menos un turno en los últimos tres meses.',
    ],
    ['volontari', 'volunteers', 'bénévoles', 'voluntarios'],
    'higher',
    'sum',
    ['volunteering'],
  ),
  indicator(
    'meals-distributed',
    ['Pasti distribuiti', 'Meals distributed', 'Repas distribués', 'Comidas distribuidas'],
    [
      'Pasti caldi o pacchi pasto consegnati, un pasto per persona.',
      'Hot meals or meal packs handed out, one meal per person.',
      'Repas chauds ou colis repas remis, un repas par personne.',
      'Comidas calientes o lotes de comida entregados, una comida por persona.',
    ],
    ['pasti', 'meals', 'repas', 'comidas'],
    'higher',
    'sum',
    ['food-poverty'],
  ),
  indicator(
    'food-parcels',
    [
      'Pacchi alimentari consegnati',
      'Food parcels delivered',
      'Colis alimentaires livrés',
      'Paquetes de alimentos entregados',
    ],
    [
      'Pacchi di generi alimentari consegnati alle famiglie, a domicilio o all’emporio.',
      'Grocery parcels delivered to families, at home or at the food bank.',
      'Colis de denrées livrés aux familles, à domicile ou à l’épicerie solidaire.',
      'Paquetes de alimentos entregados a las familias, a domicilio o en el economato.',
    ],
    ['pacchi', 'parcels', 'colis', 'paquetes'],
    'higher',
    'sum',
    ['food-poverty'],
  ),
  indicator(
    'families-supported',
    ['Famiglie sostenute', 'Families supported', 'Familles soutenues', 'Familias apoyadas'],
    [
      'Nuclei familiari con un sostegno continuativo nel periodo (almeno tre contatti).',
      'Households with ongoing support in the period (at least three contacts).',
      'Foyers bénéficiant d’un soutien suivi sur la période (au moins trois contacts).',
      'Hogares con apoyo continuado en el periodo (al menos tres contactos).',
    ],
    ['famiglie', 'families', 'familles', 'familias'],
    'higher',
    'sum',
    ['food-poverty', 'social-inclusion'],
  ),
  indicator(
    'followed-up-6-months',
    [
      'Beneficiari ricontattati dopo 6 mesi',
      'Beneficiaries followed up after 6 months',
      'Bénéficiaires recontactés après 6 mois',
      'Beneficiarios contactados de nuevo a los 6 meses',
    ],
    [
      'Quota dei beneficiari ricontattati sei mesi dopo la fine del servizio per sapere come stanno.',
      'Share of beneficiaries contacted again six months after the service ended, to learn how they are.',
      'Part des bénéficiaires recontactés six mois après la fin du service pour savoir comment ils vont.',
      'Proporción de beneficiarios contactados seis meses después del fin del servicio para saber cómo están.',
    ],
    ['%', '%', '%', '%'],
    'higher',
    'average',
    ['social-inclusion'],
  ),
  indicator(
    'first-aid-courses',
    [
      'Corsi di primo soccorso tenuti',
      'First-aid courses given',
      'Cours de premiers secours donnés',
      'Cursos de primeros auxilios impartidos',
    ],
    [
      'Corsi completi di primo soccorso per la popolazione (non le singole lezioni).',
      'Complete first-aid courses for the public (not single lessons).',
      'Cours complets de premiers secours pour le grand public (pas les séances isolées).',
      'Cursos completos de primeros auxilios para la población (no las clases sueltas).',
    ],
    ['corsi', 'courses', 'cours', 'cursos'],
    'higher',
    'sum',
    ['first-aid', 'education'],
  ),
  indicator(
    'people-trained',
    ['Persone formate', 'People trained', 'Personnes formées', 'Personas formadas'],
    [
      'Persone che hanno completato una formazione con attestato o prova finale.',
      'People who completed a training with a certificate or a final test.',
      'Personnes ayant terminé une formation avec attestation ou épreuve finale.',
      'Personas que completaron una formación con certificado o prueba final.',
    ],
    PEOPLE,
    'higher',
    'sum',
    ['first-aid', 'education'],
  ),
  indicator(
    'blood-donors-recruited',
    [
      'Nuovi donatori di sangue',
      'Blood donors recruited',
      'Donneurs de sang recrutés',
      'Donantes de sangre captados',
    ],
    [
      'Persone alla prima donazione di sangue grazie all’iniziativa.',
      'People giving blood for the first time thanks to the initiative.',
      'Personnes donnant leur sang pour la première fois grâce à l’initiative.',
      'Personas que donan sangre por primera vez gracias a la iniciativa.',
    ],
    ['donatori', 'donors', 'donneurs', 'donantes'],
    'higher',
    'sum',
    ['health'],
  ),
  indicator(
    'homeless-contacts-per-night',
    [
      'Contatti con persone senza dimora per notte',
      'Homeless contacts per night',
      'Contacts avec des sans-abri par nuit',
      'Contactos con personas sin hogar por noche',
    ],
    [
      'Media delle persone senza dimora incontrate per uscita notturna dell’unità di strada.',
      'Average number of homeless people met per night round of the street unit.',
      'Nombre moyen de personnes sans abri rencontrées par maraude de nuit.',
      'Media de personas sin hogar atendidas por salida nocturna de la unidad de calle.',
    ],
    PEOPLE,
    'higher',
    'average',
    ['homelessness'],
  ),
  indicator(
    'response-time-minutes',
    [
      'Tempo medio di risposta',
      'Average response time',
      'Délai moyen d’intervention',
      'Tiempo medio de respuesta',
    ],
    [
      'Minuti tra la richiesta di aiuto e l’arrivo dei volontari, in media.',
      'Minutes between the call for help and the volunteers’ arrival, on average.',
      'Minutes entre la demande d’aide et l’arrivée des bénévoles, en moyenne.',
      'Minutos entre la petición de ayuda y la llegada de los voluntarios, de media.',
    ],
    ['minuti', 'minutes', 'minutes', 'minutos'],
    'lower',
    'average',
    ['emergencies', 'health'],
  ),
  indicator(
    'elderly-in-regular-contact',
    [
      'Anziani seguiti con continuità',
      'Older people in regular contact',
      'Personnes âgées suivies régulièrement',
      'Personas mayores con seguimiento regular',
    ],
    [
      'Persone anziane con almeno un contatto (visita o telefonata) a settimana.',
      'Older people with at least one contact (visit or call) a week.',
      'Personnes âgées ayant au moins un contact (visite ou appel) par semaine.',
      'Personas mayores con al menos un contacto (visita o llamada) por semana.',
    ],
    PEOPLE,
    'higher',
    'sum',
    ['elderly'],
  ),
  indicator(
    'students-reached',
    ['Studenti coinvolti', 'Students reached', 'Élèves touchés', 'Estudiantes alcanzados'],
    [
      'Studenti che hanno partecipato ad almeno un incontro in classe.',
      'Students who took part in at least one session in class.',
      'Élèves ayant participé à au moins une séance en classe.',
      'Estudiantes que participaron en al menos una sesión en el aula.',
    ],
    ['studenti', 'students', 'élèves', 'estudiantes'],
    'higher',
    'sum',
    ['education', 'youth'],
  ),
  indicator(
    'households-with-emergency-plan',
    [
      'Famiglie con un piano di emergenza',
      'Households with an emergency plan',
      'Foyers dotés d’un plan d’urgence',
      'Hogares con un plan de emergencia',
    ],
    [
      'Famiglie che hanno preparato con i volontari un piano familiare di emergenza.',
      'Households that prepared a family emergency plan with the volunteers.',
      'Foyers ayant préparé un plan familial d’urgence avec les bénévoles.',
      'Hogares que prepararon con los voluntarios un plan familiar de emergencia.',
    ],
    ['famiglie', 'households', 'foyers', 'hogares'],
    'higher',
    'sum',
    ['emergencies'],
  ),
  indicator(
    'satisfaction-rate',
    [
      'Beneficiari soddisfatti',
      'Satisfied beneficiaries',
      'Bénéficiaires satisfaits',
      'Beneficiarios satisfechos',
    ],
    [
      'Quota dei beneficiari che nel questionario si dicono soddisfatti o molto soddisfatti.',
      'Share of beneficiaries who say in the survey they are satisfied or very satisfied.',
      'Part des bénéficiaires se déclarant satisfaits ou très satisfaits dans le questionnaire.',
      'Proporción de beneficiarios que en la encuesta se declaran satisfechos o muy satisfechos.',
    ],
    ['%', '%', '%', '%'],
    'higher',
    'none',
    [],
  ),
]
