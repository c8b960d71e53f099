"""Schema migrations, oldest first. Never edit a migration that has shipped; add one.

Migration 1 has not shipped yet (0.1.0 development), so its tables can still be refined in
place until the first release. Statements are separated by ';' (no ';' inside them).

Nothing that identifies a person is stored here: informants are codes (IP01), names live in
the encrypted linking key (see ``feltarbeid.anonymise.keyfile``).
"""

from __future__ import annotations

MIGRATION_1 = """
CREATE TABLE schema_version (
    version     INTEGER PRIMARY KEY,
    applied_at  TEXT NOT NULL
);

-- study-wide key/value facts (e.g. the study id used to derive stable GUIDs)
CREATE TABLE meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

-- one row per guide version, by content hash; old versions are kept for old sessions
CREATE TABLE guides (
    hash         TEXT PRIMARY KEY,
    guide_id     TEXT NOT NULL,
    title        TEXT NOT NULL,
    version      TEXT NOT NULL DEFAULT '',
    source_path  TEXT NOT NULL DEFAULT '',
    content      TEXT NOT NULL,
    added_at     TEXT NOT NULL
);

CREATE TABLE cases (
    code        TEXT PRIMARY KEY,
    label       TEXT NOT NULL DEFAULT '',
    attributes  TEXT NOT NULL DEFAULT '{}',
    created_at  TEXT NOT NULL
);

CREATE TABLE informants (
    code            TEXT PRIMARY KEY,
    role            TEXT NOT NULL DEFAULT '',
    case_code       TEXT REFERENCES cases(code) ON UPDATE CASCADE,
    employer        TEXT NOT NULL DEFAULT '',
    attributes      TEXT NOT NULL DEFAULT '{}',
    consent         TEXT NOT NULL DEFAULT 'none'
                    CHECK (consent IN ('none', 'written', 'oral', 'withdrawn')),
    consent_at      TEXT,
    withdrawn_at    TEXT,
    anonymise_wish  TEXT NOT NULL DEFAULT 'unknown'
                    CHECK (anonymise_wish IN ('yes', 'no', 'unknown')),
    created_at      TEXT NOT NULL
);

CREATE TABLE sessions (
    id                    TEXT PRIMARY KEY,
    guide_hash            TEXT REFERENCES guides(hash),
    case_code             TEXT REFERENCES cases(code) ON UPDATE CASCADE,
    place                 TEXT NOT NULL DEFAULT '',
    header_values         TEXT NOT NULL DEFAULT '{}',
    status                TEXT NOT NULL DEFAULT 'planned'
                          CHECK (status IN ('planned', 'running', 'finished')),
    started_at            TEXT,
    ended_at              TEXT,
    created_at            TEXT NOT NULL
);

CREATE TABLE session_participants (
    session_id  TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('informant', 'interviewer')),
    code        TEXT NOT NULL,
    PRIMARY KEY (session_id, role, code)
);

-- the session timeline, mirrored from the journal (journal/ is the crash-safe original)
CREATE TABLE events (
    session_id  TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    item_id     TEXT,
    at          TEXT NOT NULL,
    t_rec       REAL,
    payload     TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (session_id, seq)
);

CREATE TABLE recordings (
    id             INTEGER PRIMARY KEY,
    session_id     TEXT REFERENCES sessions(id),
    path           TEXT NOT NULL,
    original_name  TEXT NOT NULL,
    sha256         TEXT NOT NULL UNIQUE,
    size           INTEGER NOT NULL,
    duration       REAL,
    channels       INTEGER,
    sample_rate    INTEGER,
    state          TEXT NOT NULL DEFAULT 'recorded'
                   CHECK (state IN ('recorded', 'withdrawn', 'deleted')),
    added_at       TEXT NOT NULL
);

-- one transcript per recording and model+settings; its text lives in versions
CREATE TABLE transcripts (
    id               INTEGER PRIMARY KEY,
    recording_id     INTEGER NOT NULL REFERENCES recordings(id),
    settings_hash    TEXT NOT NULL,
    model            TEXT NOT NULL,
    settings         TEXT NOT NULL DEFAULT '{}',
    state            TEXT NOT NULL DEFAULT 'transcribed'
                     CHECK (state IN ('running', 'transcribed', 'anonymised', 'in_review',
                                      'verified', 'exported', 'failed', 'withdrawn')),
    failure_reason   TEXT,
    attempts         INTEGER NOT NULL DEFAULT 0,
    language         TEXT NOT NULL DEFAULT '',
    duration         REAL,
    current_version  INTEGER,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (recording_id, settings_hash)
);

-- every text version of a transcript: verbatim (from the model), anonymised, corrected
CREATE TABLE transcript_versions (
    id              INTEGER PRIMARY KEY,
    transcript_id   INTEGER NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('verbatim', 'anonymised', 'corrected')),
    parent_id       INTEGER REFERENCES transcript_versions(id),
    text_hash       TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL
);

CREATE TABLE segments (
    version_id   INTEGER NOT NULL REFERENCES transcript_versions(id) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    start        REAL NOT NULL,
    end          REAL NOT NULL,
    speaker      TEXT NOT NULL DEFAULT '',
    item_id      TEXT,
    text         TEXT NOT NULL,
    words        TEXT NOT NULL DEFAULT '[]',
    avg_logprob  REAL,
    flags        TEXT NOT NULL DEFAULT '[]',
    origin       TEXT NOT NULL DEFAULT 'spoken'
                 CHECK (origin IN ('spoken', 'corrected', 'added')),
    PRIMARY KEY (version_id, idx)
);

-- member check: one row per packet sent to an informant
CREATE TABLE review_rounds (
    packet_id      TEXT PRIMARY KEY,
    informant_code TEXT NOT NULL REFERENCES informants(code) ON UPDATE CASCADE,
    transcript_id  INTEGER NOT NULL REFERENCES transcripts(id),
    version_id     INTEGER NOT NULL REFERENCES transcript_versions(id),
    version_hash   TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'prepared'
                   CHECK (status IN ('prepared', 'sent', 'reminded', 'answered', 'verified',
                                     'no_answer', 'withdrawn', 'outdated')),
    deadline       TEXT,
    created_at     TEXT NOT NULL,
    sent_at        TEXT,
    reminded_at    TEXT,
    answered_at    TEXT,
    closed_at      TEXT,
    answer         TEXT,
    -- review: text version shown, passages shown (JSON), how it closed, the version it made
    text_version   TEXT NOT NULL DEFAULT 'anonymised'
                   CHECK (text_version IN ('anonymised', 'verbatim')),
    manifest       TEXT NOT NULL DEFAULT '{}',
    reminders      INTEGER NOT NULL DEFAULT 0,
    closed_how     TEXT,
    result_version INTEGER REFERENCES transcript_versions(id)
);

-- what informants added in review, stored apart from what they said in the interview
CREATE TABLE informant_additions (
    id              INTEGER PRIMARY KEY,
    transcript_id   INTEGER NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
    informant_code  TEXT NOT NULL,
    packet_id       TEXT NOT NULL,
    after_idx       INTEGER,
    text            TEXT NOT NULL,
    accepted        INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL
);

-- consent withdrawals (privacy): what was marked, when the material is (was) deleted
CREATE TABLE withdrawals (
    informant_code  TEXT PRIMARY KEY REFERENCES informants(code) ON UPDATE CASCADE,
    withdrawn_at    TEXT NOT NULL,
    keep_until      TEXT,
    deleted_at      TEXT,
    summary         TEXT NOT NULL DEFAULT '{}'
);

-- anonymisation (store/anonymisation.py). No originals here: a name is known by a keyed
-- hash (HMAC with a secret kept in the linking key); originals live only in the key.
CREATE TABLE anon_pseudonyms (
    label       TEXT NOT NULL,
    orig_hash   TEXT NOT NULL,
    pseudonym   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (label, orig_hash)
);

-- every detected span of an anonymised version: offsets into the source (verbatim)
-- segment text and into the anonymised segment text, so it can be audited and reversed
CREATE TABLE anon_spans (
    version_id      INTEGER NOT NULL REFERENCES transcript_versions(id) ON DELETE CASCADE,
    source_version  INTEGER NOT NULL REFERENCES transcript_versions(id),
    seg_idx         INTEGER NOT NULL,
    start           INTEGER NOT NULL,
    end             INTEGER NOT NULL,
    out_start       INTEGER NOT NULL,
    out_end         INTEGER NOT NULL,
    label           TEXT NOT NULL,
    orig_hash       TEXT NOT NULL,
    surface_hash    TEXT NOT NULL,
    replacement     TEXT NOT NULL DEFAULT '',
    action          TEXT NOT NULL CHECK (action IN ('replaced', 'kept')),
    reason          TEXT NOT NULL DEFAULT '',
    confidence      REAL NOT NULL,
    source          TEXT NOT NULL,
    PRIMARY KEY (version_id, seg_idx, start)
);

-- unsure hits waiting for the researcher (replaced meanwhile: fail closed)
CREATE TABLE anon_queue (
    id              INTEGER PRIMARY KEY,
    transcript_id   INTEGER NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
    source_version  INTEGER NOT NULL REFERENCES transcript_versions(id),
    seg_idx         INTEGER NOT NULL,
    start           INTEGER NOT NULL,
    end             INTEGER NOT NULL,
    label           TEXT NOT NULL,
    orig_hash       TEXT NOT NULL,
    confidence      REAL NOT NULL,
    source          TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'open'
                    CHECK (status IN ('open', 'accepted', 'rejected')),
    created_at      TEXT NOT NULL,
    decided_at      TEXT,
    UNIQUE (source_version, seg_idx, start, end, label)
);

-- 'always'/'never' for a word in this study (the word itself goes to the key registry)
CREATE TABLE anon_decisions (
    orig_hash   TEXT NOT NULL,
    label       TEXT NOT NULL,
    decision    TEXT NOT NULL CHECK (decision IN ('always', 'never')),
    created_at  TEXT NOT NULL,
    PRIMARY KEY (orig_hash, label)
);

-- per-transcript / per-segment overrides: anonymise a quote although the informant
-- declined, or keep a name (public figure, cited author) in one place
CREATE TABLE anon_overrides (
    id             INTEGER PRIMARY KEY,
    transcript_id  INTEGER NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
    seg_idx        INTEGER,
    orig_hash      TEXT,
    action         TEXT NOT NULL CHECK (action IN ('anonymise', 'keep')),
    created_at     TEXT NOT NULL
);

-- the last anonymisation of each transcript: what it was made from (idempotent re-runs)
CREATE TABLE anon_runs (
    transcript_id   INTEGER PRIMARY KEY REFERENCES transcripts(id) ON DELETE CASCADE,
    source_version  INTEGER NOT NULL,
    version_id      INTEGER NOT NULL,
    fingerprint     TEXT NOT NULL,
    at              TEXT NOT NULL
);

-- append-only, hash-chained; no names or transcript text in details
CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    subject    TEXT NOT NULL DEFAULT '',
    details    TEXT NOT NULL DEFAULT '{}',
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
);

CREATE INDEX idx_events_session ON events(session_id, seq);
CREATE INDEX idx_recordings_session ON recordings(session_id);
CREATE INDEX idx_transcripts_state ON transcripts(state);
CREATE INDEX idx_versions_transcript ON transcript_versions(transcript_id);
CREATE INDEX idx_review_informant ON review_rounds(informant_code)
"""

# Consent to export the recording (the voice) for coding: ``export --with-audio`` only takes
# interviews whose informants all said yes. Existing informants have not been asked.
MIGRATION_AUDIO_EXPORT = """
ALTER TABLE informants ADD COLUMN audio_export TEXT NOT NULL DEFAULT 'unknown'
    CHECK (audio_export IN ('yes', 'no', 'unknown'))
"""

# The transcript workbench (feltarbeid transcript edit): how far the researcher's correction
# pass has come per transcript. "Corrected" is not a transcript state: a correction can come
# before or after anonymisation (which is then redone), so it is a property of the
# transcript — a `corrected` version with verbatim text — and of this row.
MIGRATION_WORKBENCH = """
CREATE TABLE transcript_progress (
    transcript_id    INTEGER PRIMARY KEY REFERENCES transcripts(id) ON DELETE CASCADE,
    passages         INTEGER NOT NULL DEFAULT 0,
    checked          INTEGER NOT NULL DEFAULT 0,
    listened         REAL NOT NULL DEFAULT 0,
    position         REAL NOT NULL DEFAULT 0,
    unsaved          INTEGER NOT NULL DEFAULT 0,
    corrections      INTEGER NOT NULL DEFAULT 0,
    last_version     INTEGER,
    saved_at         TEXT,
    updated_at       TEXT NOT NULL
)
"""

# Recruitment and reflexivity (issue 15). ``contacts``: the contact log per informant and
# recruitment round (codes, dates and kinds only; a contact's free-text note may name people
# and lives in the linking key, ``has_note`` says there is one). AUTOINCREMENT: an id is
# never reused, so a note in the key can never attach to a later contact. ``memos``: the
# researcher's reflexivity notes (project, or before/after an interview), exported as memos.
MIGRATION_RECRUITMENT = """
CREATE TABLE contacts (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    informant_code  TEXT NOT NULL REFERENCES informants(code) ON UPDATE CASCADE,
    round           INTEGER NOT NULL DEFAULT 1 CHECK (round >= 1),
    on_date         TEXT NOT NULL,
    channel         TEXT NOT NULL
                    CHECK (channel IN ('email', 'phone', 'letter', 'sms', 'in_person', 'other')),
    what            TEXT NOT NULL
                    CHECK (what IN ('letter_sent', 'reminder', 'yes', 'no', 'appointment',
                                    'other')),
    appointment_at  TEXT,
    has_note        INTEGER NOT NULL DEFAULT 0,
    letter          TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL
);
CREATE INDEX idx_contacts_informant ON contacts(informant_code, round, on_date);
CREATE TABLE memos (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT NOT NULL CHECK (kind IN ('project', 'before', 'after')),
    interviewer  TEXT NOT NULL DEFAULT '',
    session_id   TEXT REFERENCES sessions(id) ON UPDATE CASCADE,
    text         TEXT NOT NULL,
    written_at   TEXT NOT NULL,
    updated_at   TEXT
)
"""

# indirect identifiers (store/indirect.py): passages that can point at a person without a
# name ("rådmannen i Asker", "vi er 14 ansatte"), flagged when a transcript is anonymised.
# No text of the passage here: a keyed hash identifies it across runs; offsets point into
# the source version (start/end) and the anonymised version (out_start/out_end).
MIGRATION_INDIRECT = """
CREATE TABLE indirect_flags (
    id              INTEGER PRIMARY KEY,
    transcript_id   INTEGER NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
    seg_idx         INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    text_hash       TEXT NOT NULL,
    occurrence      INTEGER NOT NULL DEFAULT 0,
    source_version  INTEGER REFERENCES transcript_versions(id) ON DELETE SET NULL,
    start           INTEGER NOT NULL,
    end             INTEGER NOT NULL,
    version_id      INTEGER REFERENCES transcript_versions(id) ON DELETE SET NULL,
    out_start       INTEGER,
    out_end         INTEGER,
    suggestion      TEXT NOT NULL DEFAULT '',
    wording         TEXT,
    status          TEXT NOT NULL DEFAULT 'open'
                    CHECK (status IN ('open', 'accepted', 'dismissed')),
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    decided_at      TEXT,
    UNIQUE (transcript_id, seg_idx, kind, text_hash, occurrence)
);
CREATE INDEX idx_indirect_status ON indirect_flags(status, active)
"""

# the municipality of a case (store/places.py): it identifies, so it lives apart from the
# case's attributes (which go to exports); exports get only its size class. Cleared by purge.
MIGRATION_CASE_MUNICIPALITY = """
CREATE TABLE case_municipalities (
    case_code  TEXT PRIMARY KEY REFERENCES cases(code) ON UPDATE CASCADE ON DELETE CASCADE,
    number     TEXT NOT NULL,
    set_at     TEXT NOT NULL
)
"""

# Sensitive passages (issue 15): the researcher holds a passage back from exports and
# quotes. A mark is anchored in its transcript by the time range (and speaker, segment
# numbers) of the passage when it was marked, and found again in every later version
# (correction, anonymisation, review) by ``feltarbeid.sensitive.resolve``.
MIGRATION_SENSITIVE = """
CREATE TABLE sensitive_passages (
    id             INTEGER PRIMARY KEY,
    transcript_id  INTEGER NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
    start          REAL NOT NULL,
    end            REAL NOT NULL,
    speaker        TEXT NOT NULL DEFAULT '',
    seg_first      INTEGER NOT NULL,
    seg_last       INTEGER NOT NULL,
    version_id     INTEGER,
    reason         TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL
);
CREATE INDEX idx_sensitive_transcript ON sensitive_passages(transcript_id)
"""

# Documents as a second kind of data (issue 15): files the informants gave (agreements,
# agendas, minutes, plans), copied into documents/ and never modified. No original file
# name is stored (it may name a person): the file is documents/<sha256[:16]>.<format>.
# ``status``: how far the document has come (asked for in the interview → released for
# export); ``state``: its text (extracted → anonymised → checked by the researcher).
# Paragraphs are the document's text, one version per kind, like transcript segments.
# Templates and comparison cells: the table of documents against a template.
MIGRATION_DOCUMENTS = """
CREATE TABLE documents (
    id               INTEGER PRIMARY KEY,
    case_code        TEXT REFERENCES cases(code) ON UPDATE CASCADE,
    informant_code   TEXT REFERENCES informants(code) ON UPDATE CASCADE,
    session_id       TEXT REFERENCES sessions(id),
    request_id       TEXT,
    kind             TEXT NOT NULL DEFAULT '',
    title            TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'received'
                     CHECK (status IN ('requested', 'promised', 'received', 'released',
                                       'not_released', 'refused', 'withdrawn')),
    state            TEXT NOT NULL DEFAULT 'none'
                     CHECK (state IN ('none', 'extracted', 'anonymised', 'checked', 'failed',
                                      'deleted')),
    path             TEXT,
    format           TEXT NOT NULL DEFAULT '',
    sha256           TEXT UNIQUE,
    size             INTEGER,
    encoding         TEXT NOT NULL DEFAULT '',
    failure_reason   TEXT,
    current_version  INTEGER,
    added_at         TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

CREATE TABLE document_versions (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('extracted', 'anonymised')),
    parent_id    INTEGER REFERENCES document_versions(id),
    text_hash    TEXT NOT NULL,
    spans        TEXT NOT NULL DEFAULT '[]',
    fingerprint  TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
);

CREATE TABLE document_paragraphs (
    version_id  INTEGER NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    page        INTEGER,
    text        TEXT NOT NULL,
    PRIMARY KEY (version_id, idx)
);

CREATE TABLE document_templates (
    id        TEXT PRIMARY KEY,
    title     TEXT NOT NULL,
    kind      TEXT NOT NULL DEFAULT '',
    themes    TEXT NOT NULL DEFAULT '[]',
    added_at  TEXT NOT NULL
);

CREATE TABLE document_comparisons (
    template_id  TEXT NOT NULL REFERENCES document_templates(id) ON DELETE CASCADE,
    theme_id     TEXT NOT NULL,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    as_template  INTEGER NOT NULL DEFAULT 0,
    text         TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (template_id, theme_id, document_id)
);

CREATE INDEX idx_documents_case ON documents(case_code);
CREATE INDEX idx_document_versions ON document_versions(document_id)
"""

# Fail closed (issue 16): the study remembers that it made a linking key, so that a key
# that is not found is "lost", never "none" (0.1 databases: from the audit log); and the
# original file names of recordings ("Kari Nordheim 2026-11-20.mp3") leave the database.
# A recording stays linked to its session, transcripts and file (path, sha256); its name is
# from now on kept only sealed to the key (name_sealed), readable with the key open.
MIGRATION_FAILCLOSED = """
INSERT OR IGNORE INTO meta(key, value)
    SELECT 'key_status',
           CASE WHEN (SELECT MAX(seq) FROM audit_log WHERE action = 'key.delete')
                     > (SELECT MAX(seq) FROM audit_log WHERE action = 'key.create')
                THEN 'deleted' ELSE 'created' END
    WHERE EXISTS (SELECT 1 FROM audit_log WHERE action = 'key.create');
ALTER TABLE recordings ADD COLUMN name_sealed BLOB;
UPDATE recordings SET original_name = '' WHERE original_name <> ''
"""


# A review answer in which the informant asked to withdraw (issue 16): recorded, and it
# blocks new packets, export and purge for that informant until 'feltarbeid withdraw' is
# run (status 'withdrawn') or the researcher dismisses it (status 'dismissed', audited).
# No names or text: a code, a packet id and dates.
MIGRATION_WITHDRAWAL_REQUESTS = """
CREATE TABLE withdrawal_requests (
    id              INTEGER PRIMARY KEY,
    informant_code  TEXT NOT NULL REFERENCES informants(code) ON UPDATE CASCADE,
    packet_id       TEXT,
    requested_at    TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'open'
                    CHECK (status IN ('open', 'withdrawn', 'dismissed')),
    resolved_at     TEXT
);

CREATE INDEX idx_withdrawal_requests_informant ON withdrawal_requests(informant_code)
"""

MIGRATIONS: list[str] = [
    MIGRATION_1,
    MIGRATION_AUDIO_EXPORT,
    MIGRATION_WORKBENCH,
    MIGRATION_RECRUITMENT,
    MIGRATION_INDIRECT,
    MIGRATION_CASE_MUNICIPALITY,
    MIGRATION_SENSITIVE,
    MIGRATION_DOCUMENTS,
    MIGRATION_FAILCLOSED,
    MIGRATION_WITHDRAWAL_REQUESTS,
]
