## Meeting notices (kind: meeting): meetings, customer meets, hearings, camps.
## Every meeting message gets these variables:
##   $title, $organizer, $venue  texts as written in the data
##   $start, $end                date and time values (for DATE); $end absent when not given
##   $from, $to                  start and end times with their day-period word; $to absent with $end
##   $span                       same-day, multi-day, or open (no end given)
##   $chair-name, $chair-designation   who presides (only for meeting-chair)
##   $rsvp-phone                 number to confirm attendance (only for meeting-rsvp)

meeting-intro = { $organizer } यांच्या वतीने { $title } आयोजित करण्यात येत आहे. तपशील पुढीलप्रमाणे:

label-date = दिनांक
label-time = वेळ
label-venue = स्थळ
label-agenda = कार्यसूची
label-audience = निमंत्रित

meeting-date = { $span ->
        [multi-day] { DATE($start) } ते { DATE($end) }
       *[other] { DATE($start) }
    }

meeting-time = { $span ->
        [same-day] { $from } ते { $to } वाजेपर्यंत
        [multi-day] पहिल्या दिवशी { $from } वाजल्यापासून शेवटच्या दिवशी { $to } वाजेपर्यंत
       *[open] { $from } वाजता
    }

meeting-chair = { $chair-name }, { $chair-designation } यांच्या अध्यक्षतेखाली हा कार्यक्रम होईल.

meeting-rsvp = उपस्थिती निश्चित करण्यासाठी कृपया { $rsvp-phone } या क्रमांकावर संपर्क साधावा.

meeting-closing = सर्व संबंधितांनी उपस्थित राहावे, ही विनंती.

## SMS. Registered on DLT as templates: every variable below holds at most 30 characters.
##   $title, $venue  as written in the data
##   $date           "१९ सप्टेंबर" (sms-date)
##   $time           "सकाळी १०:३०" (clock)

sms-meeting = { $date } रोजी { $time } वाजता { $venue } येथे { $title } होणार आहे. सर्व संबंधितांनी उपस्थित राहावे, ही विनंती.
