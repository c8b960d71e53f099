"""Documents as a second kind of data: what informants gave at the interviews (partnership
agreements, meeting agendas, minutes, annual plans).

``library`` adds a file (copied, hashed, its text extracted by ``extract``), links it to
the request made in the interview and keeps its status (requested → promised → received →
released, or not_released / refused); ``compare`` holds templates and the table of
documents against them. Anonymising a document is the anonymise stage's
(``feltarbeid.anonymise.documents``), exporting it the export stage's.
"""
