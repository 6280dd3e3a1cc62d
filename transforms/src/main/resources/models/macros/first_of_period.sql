-- First day of a 'YYYY-MM' period.
to_date(concat({{ arg }}, '-01'))
