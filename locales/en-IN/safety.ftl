## Safety advisories (kind: safety).
## Every safety message gets these variables:
##   $hazard       fallen-line, monsoon, illegal-connection, transformer-area, festival-lighting,
##                 agricultural-pump or other
##   $details      free text; given only when $hazard is other
##   $areas        where it applies, joined as a list; $has-areas is "yes" or "no";
##                 $areas-count how many (area or areas)
##   $valid-until  last day it applies (only for safety-valid-until)
##   $report-phone number to report dangers to (only for safety-report)
## The standard advice for each hazard is a variant of safety-advice, one piece of advice
## per line; the notice prints each line as a point, then the data's own advice.

safety-heading = Electrical Safety Notice

safety-title = { $hazard ->
        [fallen-line] Beware of broken power lines
        [monsoon] Precautions during the monsoon
        [illegal-connection] Illegal connections are dangerous and punishable
        [transformer-area] Take care near transformers and substations
        [festival-lighting] Precautions for festival lighting
        [agricultural-pump] Precautions while using agricultural pumps
       *[other] General precautions
    }

safety-subject = Subject: { $details }

# "in the Wai area" for one area, "in the … areas" for more.
# check: allow variable-mismatch
safety-intro = { $has-areas ->
        [yes] { $areas-count ->
            [one] All citizens in the { $areas } area are requested to strictly follow these instructions:
           *[other] All citizens in the { $areas } areas are requested to strictly follow these instructions:
        }
       *[no] All citizens are requested to strictly follow these instructions:
    }

safety-advice = { $hazard ->
        [fallen-line]
            Do not touch broken or hanging power lines, electric poles or trees near them.
            If you see such a line, keep away from the spot and keep others away, especially children and animals.
            Do not try to move or repair the line yourself.
            Report a broken line to the nearest electricity office immediately.
        [monsoon]
            During the monsoon, keep away from electric poles, stay wires and transformers.
            Do not handle electrical appliances, switches or plugs with wet hands.
            If the wiring at home gets damp, switch off the main switch and have it checked by a licensed electrical contractor.
            Do not tie animals to electric poles or stay wires, and do not hang clothes on them to dry.
            During lightning, do not stand under a tree or near an electric pole.
        [illegal-connection]
            Taking electricity through an illegal hook connection is life-threatening and a punishable offence under the Electricity Act.
            Illegal connections overload the network and can cut off power to the whole area.
            Take an authorised connection only through a proper application.
            Report illegal connections to the electricity office; the informant's name will be kept confidential.
        [transformer-area]
            Do not enter the fencing of transformers, substations and feeder pillars.
            Do not dump or burn garbage near a transformer, and do not let animals graze there.
            Do not let children play near transformers.
            Report any oil leak, smoke or sparks from a transformer immediately.
        [festival-lighting]
            Take an authorised temporary connection for lighting and pandals; do not hook onto lines.
            Use ISI-certified wires and fittings, and insulate every joint properly.
            Have the wiring of pandals and displays done only by a licensed electrical contractor.
            Keep a safe distance from power lines and transformers; do not put up flags or buntings near power lines.
        [agricultural-pump]
            Use an ISI-certified starter and capacitor and proper earthing for agricultural pumps.
            Do not handle the starter or motor with wet hands or bare feet.
            Switch off the main switch before repairing the pump.
            If power lines crossing a field are sagging, do not work under them and report it immediately.
       *[other]
            Keep a safe distance from power lines, poles and equipment.
            Report any danger to the electricity office immediately.
    }

safety-valid-until = This notice is valid until { DATE($valid-until, weekday: "none") }.

safety-report = If you see a dangerous situation, report it immediately on { $report-phone }.

safety-closing = Stay alert, stay safe.

# A cancellation (status: cancel), which gives only $areas, when given.
safety-cancelled = { $has-areas ->
        [yes] The electrical safety advisory issued for { $areas } has been cancelled.
       *[no] The electrical safety advisory issued earlier has been cancelled.
    }

## SMS. Registered on DLT as templates: every variable below holds at most 30 characters.
## Each hazard's SMS gives its one most important piece of advice in fixed words (a template
## of its own), so that it says something a reader can act on, in at most 3 parts.
##   $hazard       as above
##   $hazard-name  the advisory's own subject (details), only when $hazard is other
##   $areas        as many areas as fit, ending "2 other" when some are left out
##   $area-list    none, one, many, or partial (some areas left out)
##   $until        the last day it applies: "30 September 2025" (only for sms-safety-until)
##   $phone        the number to report dangers to (only for sms-safety-report)

# Who is asked: "Citizens in Satara, Karad and Patan".
sms-safety-who = { $area-list ->
        [none] All citizens
        [partial] Citizens in { $areas } areas
       *[other] Citizens in { $areas }
    }

sms-safety = { $hazard ->
        [fallen-line] Electrical safety - { sms-safety-who } should not touch broken or hanging power lines and should keep away from them.
        [monsoon] Electrical safety - { sms-safety-who } should keep away from electric poles, stay wires and transformers during the monsoon.
        [illegal-connection] Electrical safety - { sms-safety-who } should not take power through illegal hooks; it is dangerous and punishable.
        [transformer-area] Electrical safety - { sms-safety-who } should not enter the fencing of transformers and substations.
        [festival-lighting] Electrical safety - { sms-safety-who } should take an authorised temporary connection for festival lighting.
        [agricultural-pump] Electrical safety - { sms-safety-who } should not handle pump starters with wet hands.
       *[other] { $hazard-name } - { sms-safety-who } should keep a safe distance from power lines and poles.
    }

sms-safety-until = Valid until { $until }.

sms-safety-report = Report dangers on { $phone }.

## CAP alerts (--format cap): the <event> and <description> of an advisory's <info>. Its
## headline is safety-title, its instruction safety-advice (and the data's advice),
## safety-report and safety-closing.

# The type of event, as a short noun phrase.
safety-cap-event = { $hazard ->
        [fallen-line] Broken power lines
        [monsoon] Electrical hazards of the monsoon
        [illegal-connection] Illegal power connections
        [transformer-area] Hazards near transformers and substations
        [festival-lighting] Electrical hazards of festival lighting
        [agricultural-pump] Electrical hazards of agricultural pumps
       *[other] Electrical hazard
    }

# Whom the advisory is for; its validity follows (safety-valid-until).
# check: allow variable-mismatch
safety-cap-description = { $has-areas ->
        [yes] { $areas-count ->
            [one] This electrical safety advisory is for citizens in the { $areas } area.
           *[other] This electrical safety advisory is for citizens in the { $areas } areas.
        }
       *[no] This electrical safety advisory is for all citizens.
    }

# A cancellation (status: cancel): $areas unless $area-list is none.
sms-safety-cancelled = { $area-list ->
        [none] The electrical safety advisory has been cancelled.
        [partial] The electrical safety advisory for the { $areas } areas has been cancelled.
       *[other] The electrical safety advisory for { $areas } has been cancelled.
    }
