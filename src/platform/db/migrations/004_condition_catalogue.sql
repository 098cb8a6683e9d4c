-- The special-conditions catalogue (bijzondere voorwaarden, art. 14c Sr / 38v Sr and the v.i. conditions).
-- `parameters` (JSON Schema) is what an imposed condition must carry; `monitoring` lists the monitoring rules
-- it needs (MONITORING.md), with the technology that serves each, so EM supervision can derive its rules.
INSERT INTO condition_types (code, name_nl, description_nl, parameters, monitoring, em_relevant, sort_order) VALUES
('LOCATION_REQUIREMENT', 'Locatiegebod',
 'Op vastgestelde tijden op een bepaalde plaats (meestal het woonadres) aanwezig zijn.',
 '{"type":"object","required":["timeWindows"],"additionalProperties":false,"properties":{
   "place":{"type":"string","description":"Adres of omschrijving van de plaats"},
   "timeWindows":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/window"}},
   "technology":{"enum":["RF","GPS"],"default":"RF"}},
  "$defs":{"window":{"type":"object","required":["weekday","start","end"],"additionalProperties":false,"properties":{
   "weekday":{"type":"integer","minimum":1,"maximum":7,"description":"ISO: 1 = maandag"},
   "start":{"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$"},
   "end":{"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","description":"Eindtijd; eerder dan start betekent over middernacht"}}}}}',
 '[{"rule":"CURFEW_PRESENCE","technology":"RF","graceSeconds":900},{"rule":"INCLUSION_ZONE","technology":"GPS","graceSeconds":300}]',
 true, 10),
('EXCLUSION_ZONE', 'Locatieverbod',
 'Een of meer gebieden niet betreden, altijd of op vastgestelde tijden.',
 '{"type":"object","required":["zones"],"additionalProperties":false,"properties":{
   "zones":{"type":"array","minItems":1,"items":{"type":"object","required":["label","geometry"],"properties":{
     "label":{"type":"string"},"geometry":{"type":"object","description":"GeoJSON Point (met radiusMeters) of Polygon, WGS84"},
     "radiusMeters":{"type":"number","exclusiveMinimum":0}}}},
   "timeWindows":{"type":"array","items":{"type":"object"}},
   "policeResponse":{"type":"boolean","default":false,"description":"Politieopvolging: zone houdt minimaal 5 km afstand tot het slachtofferadres"}}}',
 '[{"rule":"EXCLUSION_ZONE","technology":"GPS","graceSeconds":60,"graceSecondsWithPoliceResponse":0,"hysteresisMeters":50,"maxAccuracyMeters":100}]',
 true, 20),
('CONTACT_BAN', 'Contactverbod',
 'Geen contact, direct of indirect, met genoemde personen.',
 '{"type":"object","required":["persons"],"additionalProperties":false,"properties":{
   "persons":{"type":"array","minItems":1,"items":{"type":"object","required":["name"],"properties":{
     "name":{"type":"string"},"relation":{"type":"string"},"clientId":{"type":"string","format":"uuid","description":"Als de ander ook een enkelband draagt"}}}},
   "distanceMeters":{"type":"number","default":500}}}',
 '[{"rule":"CONTACT_BAN","technology":"GPS","when":"both wearers tagged","distanceMeters":500,"hysteresisMeters":100}]',
 true, 30),
('VICTIM_DEVICE', 'Slachtofferdevice',
 'Het slachtoffer draagt een device; de betrokkene blijft buiten de bewegende zone eromheen.',
 '{"type":"object","additionalProperties":false,"properties":{
   "zoneMeters":{"type":"number","default":5000},"bufferMeters":{"type":"number","default":8000}}}',
 '[{"rule":"VICTIM_PROXIMITY","technology":"GPS","zoneMeters":5000,"bufferMeters":8000}]',
 true, 35),
('REPORTING_DUTY', 'Meldplicht',
 'Zich melden bij de reclassering of politie, op de gestelde frequentie.',
 '{"type":"object","additionalProperties":false,"properties":{
   "with":{"enum":["PROBATION","POLICE"],"default":"PROBATION"},
   "frequency":{"type":"string","description":"Bijvoorbeeld: wekelijks, zolang de reclassering dat nodig acht"}}}',
 '[]', false, 40),
('ALCOHOL_BAN', 'Alcoholverbod',
 'Geen alcohol gebruiken; controle met een alcoholmeter of ademtest.',
 '{"type":"object","additionalProperties":false,"properties":{
   "monitored":{"type":"boolean","default":true},
   "thresholdGramsPerDecilitre":{"type":"number","default":0.02},
   "consecutiveReadings":{"type":"integer","default":2}}}',
 '[{"rule":"ALCOHOL","technology":"ALCOHOL_MONITOR","when":"monitored","thresholdGramsPerDecilitre":0.02,"consecutiveReadings":2}]',
 true, 50),
('DRUG_BAN', 'Drugsverbod', 'Geen drugs gebruiken; controle door urineonderzoek.',
 '{"type":"object","additionalProperties":false,"properties":{"testFrequency":{"type":"string"}}}', '[]', false, 55),
('TREATMENT', 'Behandelverplichting',
 'Zich laten behandelen door een deskundige of zorginstelling, ambulant of klinisch.',
 '{"type":"object","additionalProperties":false,"properties":{
   "provider":{"type":"string"},"setting":{"enum":["AMBULATORY","CLINICAL"]}}}', '[]', false, 60),
('RESIDENTIAL_FACILITY', 'Opname in een instelling / begeleid wonen',
 'Verblijven in een instelling of instelling voor begeleid wonen.',
 '{"type":"object","additionalProperties":false,"properties":{"facility":{"type":"string"}}}', '[]', false, 65),
('BEHAVIOURAL_INTERVENTION', 'Gedragsinterventie', 'Deelnemen aan een erkende gedragsinterventie.',
 '{"type":"object","additionalProperties":false,"properties":{"intervention":{"type":"string"}}}', '[]', false, 70),
('DIGITAL_DEVICE_CHECK', 'Controle gegevensdragers',
 'Meewerken aan controle van telefoon, computer en andere gegevensdragers.',
 '{"type":"object","additionalProperties":false,"properties":{
   "checksPerYear":{"type":"integer","minimum":1,"maximum":3,"default":2}}}', '[]', false, 75),
('AREA_REQUIREMENT', 'Gebiedsgebod', 'Zich binnen een aangewezen gebied ophouden.',
 '{"type":"object","required":["zones"],"additionalProperties":false,"properties":{
   "zones":{"type":"array","minItems":1,"items":{"type":"object"}},"timeWindows":{"type":"array","items":{"type":"object"}}}}',
 '[{"rule":"INCLUSION_ZONE","technology":"GPS","graceSeconds":300}]', true, 25),
('COOPERATION_SUPERVISION', 'Medewerking aan reclasseringstoezicht',
 'Meewerken aan het reclasseringstoezicht, inclusief huisbezoeken.', '{"type":"object","additionalProperties":false,"properties":{}}',
 '[]', false, 5),
('OTHER', 'Overige voorwaarde', 'Een andere voorwaarde betreffende het gedrag van de betrokkene.',
 '{"type":"object","required":["text"],"additionalProperties":false,"properties":{"text":{"type":"string"}}}', '[]', false, 99);

-- Every wearer gets these rules whatever the conditions (MONITORING.md); kept here so the catalogue is the
-- single source of what monitoring needs.
CREATE TABLE standard_monitoring_rules (
  rule text PRIMARY KEY,
  technology text NOT NULL,
  settings jsonb NOT NULL
);
INSERT INTO standard_monitoring_rules VALUES
  ('STRAP_TAMPER', 'ANY', '{"immediate":true}'),
  ('LOW_BATTERY', 'ANY', '{"warningPercent":20,"criticalPercent":10}'),
  ('OFFLINE', 'ANY', '{"gpsMinutes":10,"rfMinutes":15}'),
  ('HOME_UNIT_POWER', 'RF', '{"graceSeconds":300}');
GRANT SELECT ON standard_monitoring_rules TO regie_app;
