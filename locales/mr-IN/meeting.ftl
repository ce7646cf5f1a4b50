## Meeting notices (kind: meeting): meetings, customer meets, hearings, camps.
## Every meeting message gets these variables:
##   $title, $organizer, $venue  texts as written in the data
##   $start, $end                date and time values (for DATE); $end absent when not given
##   $start-clock, $end-clock    start and end times with their day-period word; $end-clock absent with $end
##   $start-at, $end-at          start and end with their dates, as a sentence says them (moment)
##   $span                       same-day, overnight (ends on the next day within 24 hours),
##                               multi-day (the same hours every day), or open (no end given)
## A meeting in the small hours (00:00–03:59) is dated the day before, whose night it is
## (see common.ftl).
##   $chair-name, $chair-designation   who presides (only for meeting-chair)
##   $rsvp-phone                 number to confirm attendance (only for meeting-rsvp)

# The headline: the title as written.
meeting-title = { $title }

meeting-intro = { $organizer } यांच्या वतीने { $title } आयोजित करण्यात येत आहे. तपशील पुढीलप्रमाणे:

meeting-label-date = दिनांक
meeting-label-time = वेळ
meeting-label-venue = स्थळ
meeting-label-agenda = कार्यसूची
meeting-label-audience = निमंत्रित

meeting-date = { $span ->
        [multi-day] { DATE($start, night: "previous-day") } ते { DATE($end, night: "previous-day") }
       *[other] { DATE($start, night: "previous-day") }
    }

# A meeting of several days gives its daily hours, as notices do ("दररोज सकाळी १०:३० ते
# दुपारी १:३० वाजेपर्यंत"); one that runs past midnight says when on the next day it ends.
meeting-time = { $span ->
        [same-day] { $start-clock } ते { $end-clock } वाजेपर्यंत
        [overnight] { $start-clock } ते दुसऱ्या दिवशी { $end-clock } वाजेपर्यंत
        [multi-day] दररोज { $start-clock } ते { $end-clock } वाजेपर्यंत
       *[open] { $start-clock } वाजता
    }

meeting-chair = { $chair-name }, { $chair-designation } यांच्या अध्यक्षतेखाली हा कार्यक्रम होईल.

meeting-rsvp = उपस्थिती निश्चित करण्यासाठी कृपया { $rsvp-phone } या क्रमांकावर संपर्क साधावा.

# A notice that names its invitees (a customer meet, a camp) invites them; one that does
# not (an internal meeting) asks those concerned to attend. $has-audience: yes or no.
meeting-closing = { $has-audience ->
        [yes] आपण सर्वांनी अवश्य उपस्थित राहावे, ही नम्र विनंती.
       *[no] सर्व संबंधितांनी उपस्थित राहावे, ही विनंती.
    }

## A cancellation (status: cancel) gives only $title, $start-at ($has-span) and $venue,
## when given. "रद्द करण्यात येत आहे" agrees with a title of any gender.

# What is cancelled: the title, else "सभा".
meeting-cancelled-what = { $has-title ->
        [yes] { $title }
       *[no] सभा
    }

# "सोमवार, दि. २४ नोव्हेंबर २०२५ रोजी सकाळी १०:३० वाजता इस्पात भवन सभागार येथे आयोजित
# ग्राहक संमेलन रद्द करण्यात येत आहे."
meeting-cancelled = { $has-span ->
        [yes] { $has-venue ->
            [yes] { $start-at } वाजता { $venue } येथे आयोजित { meeting-cancelled-what } रद्द करण्यात येत आहे.
           *[no] { $start-at } वाजता आयोजित { meeting-cancelled-what } रद्द करण्यात येत आहे.
        }
       *[no] { $has-venue ->
            [yes] { $venue } येथे आयोजित { meeting-cancelled-what } रद्द करण्यात येत आहे.
           *[no] { meeting-cancelled-what } रद्द करण्यात येत आहे.
        }
    }

## SMS. Registered on DLT as templates: every variable below holds at most 30 characters.
##   $title, $venue  as written in the data
##   $date           "१९ सप्टेंबर" (sms-date; for 00:00 the day before)
##   $time           "सकाळी १०:३०" (clock)

sms-meeting = { $date } रोजी { $time } वाजता { $venue } येथे { $title } होणार आहे. सर्व संबंधितांनी उपस्थित राहावे, ही विनंती.

# A cancellation (status: cancel): $title when $has-title is yes (else "सभा"), $date and
# $time when $has-date is yes, $venue when $has-venue is yes.
sms-meeting-cancelled-what = { $has-title ->
        [yes] { $title }
       *[no] सभा
    }

sms-meeting-cancelled = { $has-date ->
        [yes] { $has-venue ->
            [yes] { $date } रोजी { $time } वाजता { $venue } येथे आयोजित { sms-meeting-cancelled-what } रद्द करण्यात येत आहे.
           *[no] { $date } रोजी { $time } वाजता आयोजित { sms-meeting-cancelled-what } रद्द करण्यात येत आहे.
        }
       *[no] { $has-venue ->
            [yes] { $venue } येथे आयोजित { sms-meeting-cancelled-what } रद्द करण्यात येत आहे.
           *[no] { sms-meeting-cancelled-what } रद्द करण्यात येत आहे.
        }
    }
