import type { Catalogue } from '../catalogue.js';

/**
 * Texto en español (México) de los supuestos; debe tener las mismas claves que ../en/assumptions.ts. Las citas
 * (autores, títulos, medios, bases de datos, fechas) llegan como argumentos en su idioma original.
 */
export const assumptions: Catalogue['assumptions'] = {
  units: {
    people: 'personas',
    perMonth: '1/mes',
    peoplePerMonth: 'personas/mes',
    perPersonMonth: '1/(persona·mes)',
    elasticity: 'elasticidad',
    usdBnPerYear: 'mmdd/año',
    share: 'proporción',
    perYear: '1/año',
    theory: 'teoría',
    deathsPerYear: 'muertes/año',
    times2006Level: 'x nivel de 2006',
    months: 'meses',
    sharePerRemoval: 'proporción por líder removido',
    per100kPerYear: 'por 100 mil hab./año',
    ratio: 'razón',
    sharePerShareLost: 'proporción por proporción perdida',
    years: 'años',
    timesAverage: 'x promedio',
    usdPerYear: 'US$/año',
    soldiers: 'soldados',
    times2010to12: 'x 2010–12',
    logChange: 'cambio logarítmico',
  },
  items: {
    // ── Miembros de los cárteles ──
    workforce_2007: {
      label: 'Miembros de los cárteles en enero de 2007',
      source: (pc) =>
        `Conjetura del modelador para una distribución amplia; la restricción histórica conserva las simulaciones que llegan a unos 115,000 miembros en 2012, el tamaño inicial en ${pc}`,
    },
    recruitment_rate: {
      label: 'Reclutas por miembro al mes',
      source: (pc) =>
        `${pc}: rho = 2.527e-3 por miembro a la semana, x 52/12 semanas al mes = 0.01095; el rango queda dentro de los límites del optimizador, de 2–3e-3 a la semana (0.0087–0.013 al mes)`,
    },
    incapacitation_per_month: {
      label: 'Miembros detenidos o encarcelados al mes con la aplicación de la ley de 2010–12 (ajustado con 2012–22)',
      source: (pc) =>
        `${pc}: eta = 110 a la semana, total del sistema, x 52/12 semanas al mes = 477; los límites del optimizador, de 110–120 a la semana, dan 477–520 al mes, y el extremo inferior de 440 es un margen que añade el modelador`,
    },
    saturation_coefficient: {
      label: 'Salidas por saturación por miembro al cuadrado al mes',
      source: (pc) =>
        `Derivado: omega = 4e-8 por miembro² a la semana (${pc}) x 0.0525 (la suma de los cuadrados de las participaciones de Zipf de 150 cárteles, Σ(1/r)² ÷ (Σ1/r)²) x 52/12 semanas al mes = 9.1e-9 para un solo acervo nacional`,
      note: 'Agregar los 150 cárteles en un solo acervo mantiene las salidas por saturación de 2022 cerca de las 64 semanales que da una nueva ejecución del código publicado; esto solo se sostiene mientras los tamaños de los cárteles conserven sus participaciones de Zipf.',
    },
    conflict_coefficient: {
      label: 'Miembros muertos en enfrentamientos entre grupos, por miembro al cuadrado al mes',
      source: (pc) =>
        `Derivado de ${pc}: un solo acervo con reclutamiento rho e incapacitación eta pasa de 115,000 miembros en 2012 a los 173,837 de la nueva ejecución en 2022 cuando sus pérdidas cuadráticas son de 6.66e-9 a la semana; al restar la saturación (omega 4e-8 x factor de Zipf 0.0525 = 2.1e-9) quedan 4.5e-9 a la semana de muertes por conflicto, x 52/12 = 1.97e-8 al mes`,
      note: 'Prieto-Curiel et al. suman theta x C_i x K_ij x C_j sobre 150 grupos; un solo acervo conserva el total.',
    },
    revenue_recruitment_elasticity: {
      label: 'Qué tanto sigue el reclutamiento al ingreso por miembro (elasticidad lineal)',
      source:
        'Conjetura del modelador: el reclutamiento aumenta con lo que puede ganar un miembro; no se encontró ninguna estimación (0 = sin relación)',
    },
    workforce_2017: {
      label: 'Miembros de los cárteles en 2017 (referencia para los ingresos que no vienen de las drogas)',
      source: (pc) =>
        `Derivado: punto medio del crecimiento del modelo codificado de ${pc}, de 115,000 (2012) a 173,837 (2022): 115,000 x (173,837 / 115,000)^0.5 = 141,400`,
    },
    // ── Ingresos de los cárteles ──
    drug_revenue_2010: {
      label: 'Ingresos de los cárteles por exportación de drogas hacia 2010',
      source: (rand) =>
        `Derivado de ${rand}: US$1.5 mil millones de ingresos por exportación de marihuana ÷ 0.26 = US$5.8 mil millones, hasta ÷ 0.15 = US$10 mil millones (la participación de la marihuana, de 15–26%); ÷ 0.25 = US$6 mil millones como valor central. No se encontró el total propio de RAND`,
      camps: {
        rand: {
          label: 'RAND 2010: unos US$6 mil millones (5.8–10), derivado',
          source: (rand) =>
            `Derivado de ${rand}: US$1.5 mil millones de la marihuana ÷ 0.26–0.15 = US$5.8–10 mil millones`,
        },
        us_government: {
          label: 'Gobierno de EE. UU., 2006: US$13.8 mil millones (sin confirmar)',
          source: (ondcp, rand) =>
            `Sin confirmar: una cifra de ${ondcp} que repitió la prensa; no se encontró su texto. ${rand} califica de "no creíble" ("not credible") la cifra que la acompañaba, según la cual 60% venía de la marihuana. El rango 10–18 es del modelador`,
        },
        binational: {
          label: 'Estudio binacional México–EE. UU. de 2010: US$19–29 mil millones enviados al sur',
          source: (incsr) => `${incsr}; el Gobierno de México disputa la cifra`,
        },
      },
    },
    cannabis_share_2010: {
      label: 'Participación de la marihuana en los ingresos de los cárteles por drogas hacia 2010',
      source: (rand) => `${rand}: 15–26% es el "rango más creíble" ("more credible range")`,
      camps: {
        rand: { label: 'RAND 2010: 15–26%' },
        us_government: {
          label: 'Afirmación del gobierno de EE. UU.: alrededor de 60% (sin confirmar)',
          source: (ondcp, rand) =>
            `Sin confirmar: el "61%" de ${ondcp} tal como lo repite la prensa; no se encontró su texto. ${rand} califica de "no creíble" ("not credible") el 60% (no hay documentación pública). Un comentario al artículo de 2018 dice que es "la mayoría" ("the majority")`,
        },
      },
    },
    cocaine_share_of_other: {
      label: 'Participación de la cocaína en los ingresos por drogas distintas de la marihuana',
      source: 'Conjetura del modelador: no se encontró un desglose creíble de los ingresos de los cárteles por droga',
    },
    opioid_share_of_other: {
      label: 'Participación de la heroína y otros opioides en los ingresos por drogas distintas de la marihuana',
      source:
        'Conjetura del modelador: no se encontró un desglose creíble por droga; la metanfetamina se lleva el resto',
    },
    synthetic_growth: {
      label: 'Crecimiento anual de los ingresos por heroína y opioides y por metanfetamina desde 2010',
      source: (ap) =>
        `Conjetura del modelador sobre el giro hacia la heroína y después hacia el fentanilo y la metanfetamina; no se encontró ninguna cifra de ingresos por droga (según ${ap}, los precios del opio se desplomaron conforme se extendía el fentanilo)`,
    },
    nondrug_revenue_2017: {
      label: 'Ingresos de los cárteles por extorsión, secuestro y robo de combustible en 2017',
      source: (forbes) =>
        `Derivado: pérdidas de Pemex por robo de combustible de 50.1 mil millones de pesos en 2017 (${forbes}) / unos 19 pesos por dólar = US$2.6 mil millones, + una conjetura del modelador de US$0.5–2 mil millones por extorsión y secuestro`,
      note: 'Crece y disminuye con el número de miembros: cada miembro aporta lo que se obtenía por miembro en 2017. El robo de combustible es una pérdida para Pemex, no la ganancia neta de los cárteles, así que ese rubro es una cota superior.',
    },
    us_squeeze_2015: {
      label: 'Ingresos por exportación de marihuana mexicana perdidos ante la oferta legal de EE. UU. hacia 2015',
      source: (seizures, prices) =>
        `Derivado: los decomisos de marihuana de la Patrulla Fronteriza bajaron de unos 4 millones de libras (2009) a 1.5 millones (2015), 1 - 1.5/4 = 0.625 (${seizures}); los precios al productor en Sinaloa cayeron 70–75%, de 100 a 25–30 dólares por kilo (${prices}); 0.6 como valor central entre ambos`,
    },
    us_squeeze_ceiling: {
      label: 'Hasta dónde termina por desplazar a la marihuana mexicana la legalización en EE. UU. y Canadá',
      source: (dcc) =>
        `Conjetura del modelador: el desplazamiento se estabiliza poco después de 2015 (la participación legal en California es de solo 38%, ${dcc}, 2025)`,
      camps: {
        partial: {
          label: 'Se estabiliza cerca de 75%',
          source: (dcc) =>
            `Conjetura del modelador; el mercado legal de California tiene solo 38% (análisis del ${dcc}, 2025)`,
        },
        collapse: {
          label: 'Colapso: decomisos en la frontera -98% entre 2013 y 2023',
          source: (cbp, via) =>
            `Datos de ${cbp} vía ${via}: de más de 2.4 millones de libras (2013) a unas 61,000 libras (2023)`,
        },
      },
    },
    cannabis_domestic_share: {
      label: 'Parte de los ingresos de los cárteles por marihuana que se obtiene en el mercado interno de México',
      source:
        'Conjetura del modelador: la cifra de ingresos de RAND corresponde a exportaciones a EE. UU.; un mercado legal mexicano solo alcanza la parte interna',
    },
    other_drugs_domestic_share: {
      label: 'Parte de los ingresos de los cárteles por otras drogas que se obtiene en México',
      source: (rand) =>
        `Conjetura del modelador: los ingresos de los cárteles por drogas provienen sobre todo de la exportación (${rand})`,
    },
    legal_capture_all_drugs: {
      label: 'Parte del mercado interno de drogas duras que captaría un régimen legal',
      source: (statcan) =>
        `Conjetura del modelador; el cannabis legal en Canadá captó más de 70% del gasto en cinco años (${statcan})`,
    },
    substitution: {
      label: 'Parte de los ingresos perdidos por la marihuana que los cárteles recuperan en otros negocios',
      source:
        'Conjetura del modelador sobre el "efecto globo": los cárteles se movieron hacia la heroína, el fentanilo y la metanfetamina tras la legalización en EE. UU.; no se encontró ninguna estimación de cuánto ingreso se recuperó',
      camps: {
        balloon: {
          label: 'Efecto globo: alrededor de la mitad se recupera en otros negocios',
          source:
            'Conjetura del modelador; la dirección viene del giro hacia la heroína, el fentanilo y la metanfetamina después de 2014',
        },
        none: {
          label: 'Sin efecto globo: lo perdido se pierde',
          source: 'Conjetura del modelador: los mercados de otras drogas ya están abastecidos',
        },
      },
    },
    // ── Violencia ──
    violence_theory: {
      label:
        'Teoría de por qué aumentó la violencia del crimen organizado (combinada: una mezcla ponderada por la destreza de retropronóstico)',
      source:
        'Las explicaciones rivales de las notas de investigación; cada una se califica por su retropronóstico de 2013–2018 (palancas theories)',
      camps: {
        pooled: {
          label: 'Combinada: cada teoría en proporción a su destreza de retropronóstico',
          source: (skill, total, share) =>
            `Derivado: la participación de cada teoría es su destreza de retropronóstico con origen móvil (con piso en 0) entre la suma de las destrezas; confrontación: ${skill} / ${total} = ${share} (palancas theories)`,
        },
        conflict: {
          label: 'Conflicto entre un número creciente de miembros (Prieto-Curiel et al.)',
          source: (pc) => `${pc}: las muertes por conflicto crecen con los miembros x los miembros rivales`,
        },
        fragmentation: { label: 'Fragmentación tras el descabezamiento de los cárteles (Calderón et al.; Phillips)' },
        confrontation: {
          label: 'Confrontación militarizada (estudios sobre los despliegues)',
          source: (espinosa, merino) =>
            `${espinosa} (+11 homicidios por cada 100 mil habitantes tras las intervenciones militares); ${merino} (2009: +5,100 frente a un contrafactual sin operativos)`,
        },
        persistence: {
          label: 'Persistencia: sin estructura causal; se repite el último año y luego sigue una caminata aleatoria',
          source: 'El modelo nulo contra el que se juzga cada pronóstico: se prolonga el último año observado',
        },
      },
    },
    oc_homicides_2006: {
      label: 'Homicidios del crimen organizado en 2006',
      source: (insight, inegi) =>
        `Derivado: una participación del crimen organizado de alrededor de 20% (${insight}, estudio de 2017) x los 10,452 homicidios que registró el INEGI en 2006 (publicación del ${inegi} de julio de 2013) = 2,090`,
    },
    homicides_2006: {
      label: 'Homicidios en 2006',
      source: (inegi, blog) =>
        `Publicación del ${inegi} de julio de 2013, según el resumen del blog ${blog} (31 de julio de 2013)`,
    },
    conflict_share: {
      label:
        'Parte de los homicidios del crimen organizado que son enfrentamientos entre grupos (crece con el cuadrado del número de miembros)',
      source: (pc) =>
        `Derivado de ${pc}: las muertes por conflicto se ajustan a 10% de los homicidios más las personas desaparecidas; en 2012, 0.1 x (25,967 + 10,760) = 3,673, alrededor de 24% de unos 15,600 homicidios del crimen organizado (60% de 25,967)`,
    },
    oc_violence_scale: {
      label:
        'Nivel de violencia del crimen organizado hacia el que empujaban las condiciones de 2006, respecto a 2006 (lo fija la restricción histórica)',
      source:
        'Conjetura del modelador para una distribución amplia; la restricción histórica conserva solo las simulaciones que reproducen los homicidios del INEGI',
    },
    violence_adjust_months: {
      label: 'Meses que tarda la violencia en ajustarse a nuevas condiciones',
      source: (calderon, lindo) =>
        `Conjetura del modelador: los efectos de la captura o el abatimiento de un líder duran 6–12 meses (${calderon}; ${lindo}) y los ciclos de venganza, más; la restricción histórica lo acota`,
    },
    removal_violence: {
      label:
        'Violencia adicional del crimen organizado en todo el país por cada líder removido cuyo efecto sigue vigente',
      source: (calderon) =>
        `Derivado de ${calderon} (+36.5% en el municipio durante seis meses) por una conjetura del modelador: el municipio donde se remueve al líder concentra alrededor de 2% (1–3%) de los homicidios del crimen organizado: 0.365 x 0.02 = 0.007`,
      camps: {
        calderon: {
          label: 'Calderón et al.: +36.5% en el municipio durante seis meses',
          source: (calderon) => `Derivado de ${calderon}: 0.365 x una participación local supuesta de 2% = 0.007`,
        },
        lindo: {
          label: 'Lindo y Padilla-Romo: +80% en el municipio, +30% en los municipios vecinos',
          source: (lindo) =>
            `Derivado de ${lindo}: 0.8 x 2% + 0.3 x 2% de los vecinos x 0.5 del tiempo = 0.019 (ambas participaciones son supuestas)`,
        },
        dickenson: {
          label: 'Dickenson: 25 líderes removidos, unas 415 muertes adicionales',
          source: (dickenson) =>
            `Derivado de ${dickenson}: 415 / 25 = 17 muertes por líder removido; 17 / (8,000 homicidios del crimen organizado al año x 0.7 años de efecto) = 0.003`,
        },
      },
    },
    removal_half_life_months: {
      label: 'Vida media del efecto de la remoción de un líder sobre la violencia',
      source: (calderon, lindo) => `${calderon}: el aumento dura seis meses; ${lindo}: al menos 12 meses`,
    },
    fragmentation_violence: {
      label: 'Con la teoría de la fragmentación: violencia adicional duradera por cada remoción vigente',
      source: (atuesta) =>
        `Conjetura del modelador para una distribución amplia: los 5 grupos visibles en 2007 pasaron a ser casi 80 en 2011 (${atuesta}); la restricción histórica lo determina`,
    },
    fragmentation_half_life_months: {
      label: 'Con la teoría de la fragmentación: vida media de los grupos escindidos que deja una remoción',
      source: (zeta) =>
        `Conjetura del modelador: la PGR todavía contaba 37–45 células en 2014–17 (${zeta}), así que las escisiones duran más que los picos de seis meses`,
    },
    deployment_share: {
      label: 'Con la teoría de la confrontación: parte de la violencia del crimen organizado que sigue al despliegue',
      source: (merino) =>
        `Conjetura del modelador; ${merino} sitúa 27% de los homicidios de 2009 (5,100 de 19,054) por encima de un contrafactual sin operativos`,
    },
    deployment_elasticity: {
      label: 'Con la teoría de la confrontación: qué tan fuerte responde esa violencia a las tropas en las calles',
      source: (unam) =>
        `Conjetura del modelador para una distribución amplia; el índice de letalidad del Ejército, de 8–9 muertos por herido (${unam}), indica que los enfrentamientos son mortíferos; la restricción histórica lo determina`,
      note: 'La historia muestra despliegues de entre 37,000 (2006) y 55,000 (2018) soldados; más allá del mayor, la teoría no tiene evidencia, así que el modelo mantiene el efecto en ese nivel en lugar de extrapolar la curva.',
    },
    nonoc_homicide_rate: {
      label: 'Homicidios no vinculados al crimen organizado, por cada 100,000 habitantes',
      source:
        'Derivado: (8,867 homicidios del INEGI en 2007 - 2,830 del crimen organizado) ÷ unos 108 millones de habitantes x 100,000 = 5.6; la población de 2007 no está confirmada (solo lo están los censos de 2010 y 2020)',
    },
    spillover: {
      label: 'Otros homicidios que se suman por cada homicidio del crimen organizado',
      source: (calderon) =>
        `Conjetura del modelador; ${calderon} encuentran que los homicidios de civiles también aumentan; 0.2 mantiene la participación del crimen organizado cerca del 63% que estimó el TBI para 2010`,
    },
    vacuum_effect: {
      label: 'Violencia adicional cuando las fuerzas del Estado caen por debajo de su nivel de 2018',
      source: 'Conjetura del modelador: un repliegue sin reemplazo deja territorio en disputa',
      camps: {
        vacuum: { label: 'Un vacío invita a disputarse el territorio', source: 'Conjetura del modelador' },
        no_vacuum: {
          label: 'Sin vacío: los soldados eran la provocación',
          source:
            'Conjetura del modelador, en línea con las palabras de López Obrador que cita el artículo: "no se puede combatir el fuego con el fuego"',
        },
      },
    },
    revenue_violence_elasticity: {
      label: 'Qué tanto sigue la violencia a los ingresos de los cárteles (elasticidad lineal)',
      source: (gavrilova) =>
        `Conjetura del modelador: por los mercados más ricos vale más la pena pelear; ${gavrilova} encuentran una caída de 41% en los homicidios vinculados al narcotráfico cerca de la frontera tras las leyes de marihuana medicinal en EE. UU.`,
    },
    // ── Armas ──
    firearm_share: {
      label: 'Parte de los homicidios cometidos con armas de fuego',
      source: (y2017, y2019, y2024) =>
        `Boletines del INEGI: 65% (vía ${y2017}), 70.7% (vía ${y2019}), 71.8% (vía ${y2024})`,
    },
    us_share_of_guns: {
      label: 'Parte de las armas que provienen de EE. UU. (medida solo en las armas rastreadas)',
      source: (gao16, gao21, gao09) =>
        `${gao16} y ${gao21}: 70% de las armas rastreadas; ${gao09}: 87% de las armas rastreadas (2004–08). Solo se cuentan las armas enviadas a rastreo, así que ninguna de las dos cifras es una proporción de todas las armas en México`,
      note: 'El modelo aplica a todas las armas la proporción medida en las armas rastreadas; las que nunca se rastrean podrían venir de EE. UU. con mayor o menor frecuencia.',
    },
    gun_substitution: {
      label: 'Parte de los asesinatos con arma de fuego que ocurrirían de todos modos por otros medios',
      source: 'Conjetura del modelador',
    },
    gun_stock_life_years: {
      label: 'Años que un arma traficada sigue en uso',
      source: (gao) =>
        `Conjetura del modelador; cada año entran de contrabando unas 200,000 armas (estimación del gobierno de México, ${gao}), así que el acervo cambia lentamente`,
    },
    // ── Programas para jóvenes ──
    youth_effect: {
      label: 'Reducción del reclutamiento entre los jóvenes a los que llega un programa',
      source: (heller2014, heller2017) =>
        `${heller2014} (One Summer Plus: detenciones por delitos violentos -43%); ${heller2017} (Becoming a Man: de -45 a -50%)`,
      camps: {
        rct: { label: 'Ensayos aleatorizados en Chicago: alrededor de -45%' },
        jcf: {
          label: 'Jóvenes Construyendo el Futuro (México): sin efecto robusto',
          source: (sumano) => `${sumano}: sin efecto robusto sobre los homicidios en los estados`,
        },
      },
    },
    youth_targeting: {
      label: 'Cuánto más en riesgo están los jóvenes atendidos que el nini promedio',
      source: (informe) =>
        `Conjetura del modelador; en 2024 Jóvenes Construyendo el Futuro llegaba a escala solo a 14 de los 100 municipios más violentos (${informe})`,
    },
    neet_pool: {
      label: 'Jóvenes que ni estudian ni trabajan',
      source: (inegi, evalua, paper) =>
        `${inegi} vía ${evalua}: 6.5 millones al final del sexenio de Peña Nieto, 5.8 millones al final del siguiente (según ${paper}; no se leyó el comunicado del INEGI)`,
    },
    youth_lag_months: {
      label: 'Meses que tarda un programa para jóvenes en alcanzar su efecto completo',
      source: (heller) =>
        `Conjetura del modelador; la reducción de One Summer Plus llegó sobre todo después de que terminó el programa (${heller})`,
    },
    // ── Amnistía ──
    amnesty_eligible_share: {
      label: 'Parte de los miembros de los cárteles que son de bajo nivel, no violentos y elegibles',
      source:
        'Conjetura del modelador: no se encontró ningún conteo de cultivadores y trabajadores de bajo nivel entre los miembros',
    },
    amnesty_recidivism: {
      label: 'Parte de las personas amnistiadas que reinciden',
      source: (fip, paper) =>
        `${fip}: 76% de los desmovilizados de Colombia no reincidieron (${paper}); según la cifra oficial, reincide alrededor de 10%`,
    },
    amnesty_processing_months: {
      label:
        'Meses para atender a todas las personas elegibles (la amnistía cubre a quienes son elegibles cuando empieza)',
      source: (observatorio) =>
        `Conjetura del modelador; la Ley de Amnistía real de México tardó un año en liberar a la primera persona (${observatorio})`,
    },
    amnesty_relapse_months: {
      label: 'Meses hasta que quienes reinciden han vuelto a delinquir',
      source: 'Conjetura del modelador',
    },
    reintegration_cost: {
      label: 'Costo de un año de reintegración por persona',
      source: (acr, paper) =>
        `Conjetura del modelador a partir del costo de la reintegración en Colombia, de 4 millones de pesos colombianos al año (${acr} vía ${paper}, hacia 2014); el tipo de cambio es un supuesto`,
    },
    // ── Fuerzas y aplicación de la ley ──
    troops_reference: {
      label: 'Tropas en tareas contra el narcotráfico, 2010–2012',
      source: (paper) => `Respuesta de la Sedena a una solicitud de acceso a la información, ${paper}`,
    },
    troops_2018: {
      label: 'Tropas en tareas contra la delincuencia en 2018',
      source: (paper, ibero) =>
        `Respuesta de la Sedena a una solicitud de acceso a la información, ${paper}: 54,980 en 2018 (la ${ibero} da 54,080)`,
    },
    troops_2006: {
      label: 'Tropas en tareas contra la delincuencia en 2006, antes de la guerra contra los cárteles',
      source: (paper) =>
        `Datos de la Sedena obtenidos por acceso a la información, ${paper} (con una definición más amplia que la de años posteriores)`,
    },
    military_incap_share: {
      label: 'Parte de la incapacitación que depende de las tropas y de la Guardia Nacional',
      source: 'Conjetura del modelador: el resto corresponde a las policías y las fiscalías',
    },
    enforcement_cap: {
      label: 'Nivel de aplicación de la ley a partir del cual más fuerzas ya no detienen a más miembros',
      source:
        'Conjetura del modelador: las fiscalías, los tribunales y las cárceles limitan cuántas detenciones adicionales pueden convertirse en incapacitación',
    },
    corruption_share: {
      label: 'Parte de la aplicación de la ley que se pierde por la corrupción',
      source: 'Conjetura del modelador; el artículo habla de "niveles récord de corrupción"',
    },
    guard_effectiveness: {
      label: 'Eficacia de un elemento de la Guardia Nacional respecto a un soldado',
      source: 'Conjetura del modelador: los nuevos reclutas necesitan capacitación',
    },
    guard_kingpin_share: {
      label: 'Participación de la Guardia Nacional en los operativos contra capos, por equivalente de soldado',
      source:
        'Conjetura del modelador: las capturas de líderes fueron operativos del Ejército y la Marina apoyados en inteligencia',
    },
    guard_lethality_ratio: {
      label: 'Letalidad de la Guardia Nacional en enfrentamientos respecto al Ejército',
      source: (silva) =>
        `Derivado: índice de letalidad (oponentes muertos por cada herido, 2008–2011) de la Policía Federal, 2.6 ÷ el del Ejército, 9.1 = 0.29 (${silva}); la Policía Federal hace las veces de la Guardia Nacional`,
    },
    guard_training_months: {
      label: 'Meses para reclutar y capacitar a los elementos de la Guardia Nacional',
      source: (animal) =>
        `Conjetura del modelador; la Guardia Nacional real no alcanzó su meta de 92,000 elementos en 2019 (unos 76,000 en enero de 2020, ${animal})`,
    },
    street_transfer_share: {
      label: 'Parte de los soldados transferidos a la Guardia Nacional que ya estaban en las calles',
      source: (hope) =>
        `Conjetura del modelador; el total de las fuerzas federales creció solo 3.5% en 2019–21 mientras la Guardia Nacional llegaba a 100,000 elementos (${hope})`,
    },
    guard_cost_per_person: {
      label: 'Costo anual por elemento de la Guardia Nacional',
      source: 'Conjetura del modelador: no se encontró ninguna cifra por persona',
    },
    military_cost_per_person: {
      label: 'Costo anual por soldado desplegado en las calles',
      source: 'Conjetura del modelador: no se encontró ninguna cifra por persona',
    },
    // ── Mercado legal y población ──
    mx_cannabis_market: {
      label: 'Valor al menudeo del mercado interno de marihuana en México',
      source: (wslcb) =>
        `Conjetura del modelador; como referencia de escala, las ventas legales del estado de Washington fueron de unos US$1.3 mil millones en el año fiscal 2017 (${wslcb})`,
    },
    population_2010: {
      label: 'Población en el censo de 2010',
      source: (inegi) =>
        `Censo de Población y Vivienda 2010 del ${inegi} (junio de 2010), según lo reportó la prensa (noviembre de 2010)`,
    },
    population_growth: {
      label: 'Crecimiento de la población',
      source: (inegi) =>
        `Derivado: censos del ${inegi}, de 112,322,757 (junio de 2010) a 126,014,024 (marzo de 2020): (126.0/112.3)^(1/9.75) - 1 = 0.0118 al año; el extremo inferior, que supone un crecimiento posterior más lento, es una conjetura`,
    },
  },
  nullStep: {
    label: (year) =>
      `Con el modelo nulo de persistencia: cambio aleatorio de los homicidios en el año ${year} después del último observado`,
    source: (sd, halfWidth) =>
      `Derivado: una distribución triangular centrada en cero cambio, cuya desviación estándar es la de los cambios logarítmicos anuales de los homicidios del INEGI 2007–2018: ${sd} x √6 = ${halfWidth} a cada lado`,
  },
};
