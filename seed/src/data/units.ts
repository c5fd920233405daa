export type SeedUnit = {
  code: string
  name: string
  level: 'local' | 'national' | 'regional'
  parent?: string
  address: string
  lat: number
  lng: number
}

const regional = (code: string, region: string, address: string, lat: number, lng: number): SeedUnit => ({
  code,
  name: `Comitato Regionale ${region}`,
  level: 'regional',
  parent: 'CRI',
  address,
  lat,
  lng,
})

const local = (code: string, city: string, address: string, lat: number, lng: number): SeedUnit => ({
  code,
  name: `Comitato di ${city}`,
  level: 'local',
  parent: code.split('-')[0],
  address,
  lat,
  lng,
})

/** The national committee, 8 regional committees and 24 local units, with real coordinates. */
export const units: SeedUnit[] = [
  {
    code: 'CRI',
    name: 'Croce Rossa Italiana – Comitato Nazionale',
    level: 'national',
    address: 'Via Bernardino Ramazzini 31, 00151 Roma',
    lat: 41.8721,
    lng: 12.4547,
  },
  regional('LOM', 'Lombardia', 'Via Pucci 7, 20145 Milano', 45.4773, 9.1645),
  regional('LAZ', 'Lazio', 'Via Ramazzini 15, 00151 Roma', 41.8725, 12.4552),
  regional('PIE', 'Piemonte', 'Via della Cavalleria 28, 10156 Torino', 45.1103, 7.7016),
  regional('VEN', 'Veneto', 'Via della Libertà 12, 30175 Venezia Marghera', 45.4713, 12.2436),
  regional('EMR', 'Emilia-Romagna', 'Via del Cane 9, 40124 Bologna', 44.4865, 11.3404),
  regional('TOS', 'Toscana', 'Lungarno Soderini 11, 50124 Firenze', 43.7702, 11.2424),
  regional('CAM', 'Campania', 'Via Medina 40, 80133 Napoli', 40.8402, 14.2519),
  regional('SIC', 'Sicilia', 'Via Dante 110, 90141 Palermo', 38.1245, 13.3476),
  local('LOM-MI', 'Milano', 'Via Pucci 7, 20145 Milano', 45.4773, 9.1645),
  local('LOM-BG', 'Bergamo', 'Via Croce Rossa 2, 24125 Bergamo', 45.6983, 9.6773),
  local('LOM-BS', 'Brescia', 'Via della Lama 2, 25126 Brescia', 45.5416, 10.2118),
  local('LOM-VA', 'Varese', 'Via Dunant 1, 21100 Varese', 45.8206, 8.8251),
  local('LAZ-RM', 'Roma', 'Via Ramazzini 31, 00151 Roma', 41.9028, 12.4964),
  local('LAZ-LT', 'Latina', 'Via Romagnoli 1, 04100 Latina', 41.4676, 12.9037),
  local('LAZ-VT', 'Viterbo', 'Via Garbini 29, 01100 Viterbo', 42.4207, 12.1077),
  local('PIE-TO', 'Torino', 'Via Bologna 171, 10154 Torino', 45.0703, 7.6869),
  local('PIE-CN', 'Cuneo', 'Via Bongioanni 20, 12100 Cuneo', 44.3845, 7.5427),
  local('PIE-NO', 'Novara', 'Via Nino Bixio 2, 28100 Novara', 45.4469, 8.6222),
  local('VEN-VE', 'Venezia', 'Via della Libertà 12, 30175 Venezia', 45.4408, 12.3155),
  local('VEN-VR', 'Verona', 'Via Santa Teresa 12, 37135 Verona', 45.4384, 10.9916),
  local('VEN-PD', 'Padova', 'Via della Croce Rossa 130, 35129 Padova', 45.4064, 11.8768),
  local('EMR-BO', 'Bologna', 'Via del Cane 9, 40124 Bologna', 44.4949, 11.3426),
  local('EMR-MO', 'Modena', 'Strada Attiraglio 7, 41122 Modena', 44.6471, 10.9252),
  local('EMR-PR', 'Parma', 'Via del Taglio 6, 43126 Parma', 44.8015, 10.3279),
  local('TOS-FI', 'Firenze', 'Lungarno Soderini 11, 50124 Firenze', 43.7696, 11.2558),
  local('TOS-PI', 'Pisa', 'Via Bargagna 2, 56124 Pisa', 43.7228, 10.4017),
  local('TOS-SI', 'Siena', 'Viale Mazzini 95, 53100 Siena', 43.3188, 11.3308),
  local('CAM-NA', 'Napoli', 'Via Medina 40, 80133 Napoli', 40.8518, 14.2681),
  local('CAM-SA', 'Salerno', 'Via Vernieri 3, 84125 Salerno', 40.6824, 14.7681),
  local('SIC-PA', 'Palermo', 'Via Dante 110, 90141 Palermo', 38.1157, 13.3615),
  local('SIC-CT', 'Catania', 'Via Etnea 353, 95125 Catania', 37.5079, 15.083),
  local('SIC-ME', 'Messina', 'Via Ugo Bassi 1, 98123 Messina', 38.1938, 15.554),
]
