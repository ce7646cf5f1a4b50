## Parts every notice shares (हिन्दी).
## Functions: NUMBER($n) groups digits the Indian way in the locale's digits; DATE($t) gives
## the long date with the weekday (DATE($t, weekday: "none") without it, and
## DATE($t, weekday: "none", year: "none") only day and month); TIME($t) the
## 12-hour clock time without a day period; DAYPERIOD($t) the CLDR day period of $t
## (morning1, afternoon1, evening1, night1), for choosing the word before the time.

# The same word in Marathi.
# check: same-in-both
notice-heading = सूचना

# $reference: the office's outward reference number, printed as given.
reference-line = पत्रांक: { $reference }

# $issued: the date of issue. The same words in Marathi.
# check: same-in-both
issued-line = दिनांक: { DATE($issued, weekday: "none") }

# A time of day with its day-period word: "सुबह 10:00".
# $time: a date and time.
clock = { DAYPERIOD($time) ->
        [morning1] सुबह
        [afternoon1] दोपहर
        [evening1] शाम
       *[night1] रात
    } { TIME($time) }

# The same word in Marathi.
# check: same-in-both
contacts-heading = संपर्क

# Ends a sentence of the data's own text that lacks an ending: "।".
# $text: the sentence.
sentence = { $text }।

## Short forms for SMS. An SMS must match a template registered on DLT, where each
## variable holds at most 30 characters: these fill the variables.

# A date and time: "24 नवंबर, सुबह 10:00 बजे". $time: a date and time.
sms-moment = { DATE($time, weekday: "none", year: "none") }, { clock } बजे

# A date without year: "19 सितंबर". $time: a date and time.
# check: same-in-both
sms-date = { DATE($time, weekday: "none", year: "none") }

# A time whose date is already said: "दोपहर 2:00 बजे". $time: a date and time.
sms-clock = { clock } बजे

# The last item of a shortened list of areas: "वाई, पसरणी और 2 अन्य".
# $more: how many areas are left out.
sms-more-areas = { NUMBER($more) } अन्य

# The number to call, at the end of an SMS. $phone: as given.
# check: same-in-both
sms-contact = संपर्क: { $phone }
