## Meeting notices (kind: meeting): meetings, customer meets, hearings, camps.
## Every meeting message gets these variables:
##   $title, $organizer, $venue  texts as written in the data
##   $start, $end                date and time values (for DATE); $end absent when not given
##   $from, $to                  start and end times with their day-period word; $to absent with $end
##   $span                       same-day, multi-day, or open (no end given)
##   $chair-name, $chair-designation   who presides (only for meeting-chair)
##   $rsvp-phone                 number to confirm attendance (only for meeting-rsvp)

meeting-intro = { $organizer } द्वारा { $title } का आयोजन किया जा रहा है। विवरण इस प्रकार है:

# दिनांक and कार्यसूची are the same words in Marathi.
# check: same-in-both
label-date = दिनांक
label-time = समय
label-venue = स्थान
# check: same-in-both
label-agenda = कार्यसूची
label-audience = आमंत्रित

meeting-date = { $span ->
        [multi-day] { DATE($start) } से { DATE($end) } तक
       *[other] { DATE($start) }
    }

meeting-time = { $span ->
        [same-day] { $from } बजे से { $to } बजे तक
        [multi-day] पहले दिन { $from } बजे से अंतिम दिन { $to } बजे तक
       *[open] { $from } बजे
    }

meeting-chair = कार्यक्रम { $chair-name }, { $chair-designation } की अध्यक्षता में आयोजित होगा।

meeting-rsvp = उपस्थिति की पुष्टि के लिए कृपया { $rsvp-phone } पर संपर्क करें।

meeting-closing = सभी संबंधितों से उपस्थित रहने का अनुरोध है।

## SMS. Registered on DLT as templates: every variable below holds at most 30 characters.
##   $title, $venue  as written in the data
##   $date           "19 सितंबर" (sms-date)
##   $time           "सुबह 10:30" (clock)

sms-meeting = { $title } का आयोजन { $date } को { $time } बजे { $venue } में किया जाएगा। सभी संबंधितों से उपस्थित रहने का अनुरोध है।
