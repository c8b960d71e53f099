"""Recruitment: the contact log per informant (``contacts``), the status of each informant
in each recruitment round (``status``), and the introductory letter and its reminder
(``invitation``).

Where the data live: the log (dates, channels, kinds, rounds, appointment times) is in the
database, by informant code; a contact's free note may name people (a secretary, a deputy,
"ring Kari etter ferien"), so it lives in the encrypted linking key, never in the database.
Contact details (e-mail, phone) are the key's too (``feltarbeid key informant``).
"""
