import FrontlineHistory
import PostgresNIO

/// The PostgreSQL schema: the same migrations as the SQLite store, by the same names, in
/// PostgreSQL's dialect. A migration, once released, is never edited; a database with migrations
/// this build does not know is refused.
enum PostgresSchema {
  static let migrations: [(id: String, sql: String)] = [
    (
      "v1: trainees, attempts, turns, promotions",
      """
      CREATE TABLE trainee (
        id BIGSERIAL PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created_at TIMESTAMPTZ NOT NULL
      );
      CREATE TABLE attempt (
        id BIGSERIAL PRIMARY KEY,
        trainee_id BIGINT NOT NULL REFERENCES trainee(id),
        scenario TEXT NOT NULL,
        scenario_title TEXT NOT NULL,
        kind TEXT NOT NULL,
        difficulty INTEGER NOT NULL,
        language TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        mode TEXT NOT NULL,
        started_at TIMESTAMPTZ NOT NULL,
        host TEXT NOT NULL,
        pid INTEGER NOT NULL,
        closed TEXT CHECK (closed IN ('finished', 'abandoned')),
        finished_at TIMESTAMPTZ,
        outcome TEXT,
        score DOUBLE PRECISION,
        passed BOOLEAN,
        categories TEXT NOT NULL DEFAULT '{}',
        -- The same, parsed once when written, for reports that read one category of every attempt.
        category_scores JSONB GENERATED ALWAYS AS (categories::jsonb) STORED
      );
      CREATE INDEX attempt_by_trainee ON attempt(trainee_id, started_at, id);
      CREATE INDEX attempt_by_scenario ON attempt(scenario);
      CREATE TABLE turn (
        attempt_id BIGINT NOT NULL REFERENCES attempt(id),
        idx INTEGER NOT NULL,
        step TEXT NOT NULL,
        customer TEXT NOT NULL,
        reply TEXT NOT NULL,
        route TEXT,
        score DOUBLE PRECISION NOT NULL,
        passed BOOLEAN NOT NULL,
        result TEXT NOT NULL,
        elapsed DOUBLE PRECISION NOT NULL,
        hints INTEGER NOT NULL,
        recorded_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (attempt_id, idx)
      );
      CREATE TABLE promotion (
        id BIGSERIAL PRIMARY KEY,
        trainee_id BIGINT NOT NULL REFERENCES trainee(id),
        level TEXT NOT NULL,
        reviewer TEXT,
        reason TEXT,
        forced BOOLEAN NOT NULL,
        recorded_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX promotion_by_trainee ON promotion(trainee_id);

      -- The record a promotion rests on is never silently changed, whoever asks.
      CREATE FUNCTION frontline_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'integrity_constraint_violation'; END $$;
      CREATE FUNCTION frontline_turn_needs_open_attempt() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (SELECT closed FROM attempt WHERE id = NEW.attempt_id) IS NOT NULL THEN
          RAISE EXCEPTION 'the attempt is closed' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER attempt_closed_is_final BEFORE UPDATE ON attempt FOR EACH ROW
        WHEN (OLD.closed IS NOT NULL) EXECUTE FUNCTION frontline_refuse('finished attempts are never changed');
      CREATE TRIGGER attempt_is_kept BEFORE DELETE ON attempt FOR EACH ROW
        EXECUTE FUNCTION frontline_refuse('attempts are never deleted');
      CREATE TRIGGER turn_is_final BEFORE UPDATE ON turn FOR EACH ROW
        EXECUTE FUNCTION frontline_refuse('turns are never changed');
      CREATE TRIGGER turn_is_kept BEFORE DELETE ON turn FOR EACH ROW
        EXECUTE FUNCTION frontline_refuse('turns are never deleted');
      CREATE TRIGGER turn_needs_open_attempt BEFORE INSERT ON turn FOR EACH ROW
        EXECUTE FUNCTION frontline_turn_needs_open_attempt();
      CREATE TRIGGER promotion_is_kept BEFORE DELETE ON promotion FOR EACH ROW
        EXECUTE FUNCTION frontline_refuse('promotions are never deleted');
      CREATE TRIGGER promotion_is_final BEFORE UPDATE ON promotion FOR EACH ROW
        EXECUTE FUNCTION frontline_refuse('promotions are never changed');
      """
    ),
    (
      "v2: reviews and disputes",
      """
      CREATE TABLE dispute (
        id BIGSERIAL PRIMARY KEY,
        attempt_id BIGINT NOT NULL REFERENCES attempt(id),
        reason TEXT NOT NULL,
        recorded_at TIMESTAMPTZ NOT NULL
      );
      CREATE TABLE review (
        id BIGSERIAL PRIMARY KEY,
        attempt_id BIGINT NOT NULL REFERENCES attempt(id),
        reviewer TEXT NOT NULL,
        overrides TEXT NOT NULL DEFAULT '{}',
        reason TEXT,
        note TEXT,
        dispute_id BIGINT REFERENCES dispute(id),
        decision TEXT CHECK (decision IN ('accepted', 'rejected')),
        recorded_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX review_by_attempt ON review(attempt_id);
      CREATE INDEX dispute_by_attempt ON dispute(attempt_id);
      CREATE TRIGGER review_is_final BEFORE UPDATE ON review FOR EACH ROW
        EXECUTE FUNCTION frontline_refuse('reviews are never changed');
      CREATE TRIGGER review_is_kept BEFORE DELETE ON review FOR EACH ROW
        EXECUTE FUNCTION frontline_refuse('reviews are never deleted');
      CREATE TRIGGER dispute_is_final BEFORE UPDATE ON dispute FOR EACH ROW
        EXECUTE FUNCTION frontline_refuse('disputes are never changed');
      CREATE TRIGGER dispute_is_kept BEFORE DELETE ON dispute FOR EACH ROW
        EXECUTE FUNCTION frontline_refuse('disputes are never deleted');
      """
    ),
    (
      "v3: missed criteria per turn",
      """
      CREATE TABLE turn_miss (
        id BIGSERIAL PRIMARY KEY,
        attempt_id BIGINT NOT NULL REFERENCES attempt(id),
        idx INTEGER NOT NULL,
        criterion TEXT NOT NULL,
        description TEXT NOT NULL,
        tip TEXT
      );
      CREATE INDEX turn_miss_by_attempt ON turn_miss(attempt_id);
      -- Derived counts per day, so team reports need not read every miss. Kept by a trigger that
      -- runs with the owner's rights: no login can change the counts directly.
      CREATE TABLE miss_daily (
        day DATE NOT NULL,
        criterion TEXT NOT NULL,
        misses INTEGER NOT NULL,
        PRIMARY KEY (day, criterion)
      );
      CREATE TABLE criterion_text (
        criterion TEXT PRIMARY KEY,
        description TEXT NOT NULL,
        tip TEXT
      );
      CREATE FUNCTION frontline_count_miss() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = public AS $$
      BEGIN
        INSERT INTO miss_daily (day, criterion, misses)
        SELECT (started_at AT TIME ZONE 'UTC')::date, NEW.criterion, 1 FROM attempt WHERE id = NEW.attempt_id
        ON CONFLICT (day, criterion) DO UPDATE SET misses = miss_daily.misses + 1;
        INSERT INTO criterion_text (criterion, description, tip) VALUES (NEW.criterion, NEW.description, NEW.tip)
        ON CONFLICT (criterion) DO UPDATE SET description = excluded.description, tip = excluded.tip
        WHERE criterion_text.description IS DISTINCT FROM excluded.description
          OR criterion_text.tip IS DISTINCT FROM excluded.tip;
        RETURN NEW;
      END $$;
      CREATE TRIGGER turn_miss_is_counted AFTER INSERT ON turn_miss FOR EACH ROW
        EXECUTE FUNCTION frontline_count_miss();
      CREATE TRIGGER turn_miss_is_final BEFORE UPDATE OR DELETE ON turn_miss FOR EACH ROW
        EXECUTE FUNCTION frontline_refuse('missed criteria are never changed');
      """
    ),
    (
      // The SQLite store caught up with this one: there, misses gained ids and triggers keep their
      // counts. Here both were so from v3 on.
      "v4: missed criteria with ids, counted by triggers",
      """
      COMMENT ON TABLE turn_miss IS 'One row per criterion a turn missed; miss_daily and criterion_text are kept from it by the trigger turn_miss_is_counted.'
      """
    ),
    (
      // Team leaders are the logins in the frontline_lead role; whoever they are, nobody reviews or
      // approves on their own record (the SQLite store keeps a table of leads instead).
      "v5: knowledge lookups per turn, process tokens; team leaders, who alone review",
      """
      ALTER TABLE turn ADD COLUMN lookups TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE attempt ADD COLUMN process TEXT;
      CREATE FUNCTION frontline_refuse_own_review() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = public AS $$
      BEGIN
        IF NEW.reviewer = (SELECT t.name FROM attempt a JOIN trainee t ON t.id = a.trainee_id
                           WHERE a.id = NEW.attempt_id) THEN
          RAISE EXCEPTION '\(ownRecordMessage)' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER review_not_of_own BEFORE INSERT ON review FOR EACH ROW
        EXECUTE FUNCTION frontline_refuse_own_review();
      CREATE FUNCTION frontline_refuse_own_promotion() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = public AS $$
      BEGIN
        IF NEW.reviewer = (SELECT name FROM trainee WHERE id = NEW.trainee_id) THEN
          RAISE EXCEPTION '\(ownRecordMessage)' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER promotion_not_of_own BEFORE INSERT ON promotion FOR EACH ROW
        EXECUTE FUNCTION frontline_refuse_own_promotion();
      """
    ),
    (
      "v6: the version of the scenario each attempt practised",
      """
      ALTER TABLE attempt ADD COLUMN variant TEXT NOT NULL DEFAULT 'main';
      COMMENT ON COLUMN attempt.variant IS 'main for the scenario as written, else the id of one of its variants.';
      """
    ),
    (
      // As on SQLite: a miss records its rubric, and counts and texts are kept per scenario, rubric
      // and criterion, rebuilt here from the misses (each text from the latest miss). The derived
      // tables are altered, not replaced, so their privileges stay as they were.
      "v7: missed criteria by rubric and scenario",
      """
      ALTER TABLE turn_miss ADD COLUMN rubric TEXT NOT NULL DEFAULT '';
      COMMENT ON COLUMN turn_miss.rubric IS 'The rubric defining the criterion (scenario/step for a step''s own); empty for misses recorded before v7.';
      TRUNCATE miss_daily, criterion_text;
      ALTER TABLE miss_daily ADD COLUMN scenario TEXT NOT NULL, ADD COLUMN rubric TEXT NOT NULL,
        DROP CONSTRAINT miss_daily_pkey;
      ALTER TABLE miss_daily ADD PRIMARY KEY (day, scenario, rubric, criterion);
      ALTER TABLE criterion_text ADD COLUMN scenario TEXT NOT NULL, ADD COLUMN rubric TEXT NOT NULL,
        DROP CONSTRAINT criterion_text_pkey;
      ALTER TABLE criterion_text ADD PRIMARY KEY (scenario, rubric, criterion);
      INSERT INTO miss_daily (day, scenario, rubric, criterion, misses)
        SELECT (a.started_at AT TIME ZONE 'UTC')::date, a.scenario, m.rubric, m.criterion, COUNT(*)
        FROM turn_miss m JOIN attempt a ON a.id = m.attempt_id
        GROUP BY 1, 2, 3, 4;
      INSERT INTO criterion_text (scenario, rubric, criterion, description, tip)
        SELECT DISTINCT ON (a.scenario, m.rubric, m.criterion) a.scenario, m.rubric, m.criterion, m.description, m.tip
        FROM turn_miss m JOIN attempt a ON a.id = m.attempt_id
        ORDER BY a.scenario, m.rubric, m.criterion, m.id DESC;
      CREATE OR REPLACE FUNCTION frontline_count_miss() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = public AS $$
      BEGIN
        INSERT INTO miss_daily (day, scenario, rubric, criterion, misses)
        SELECT (started_at AT TIME ZONE 'UTC')::date, scenario, NEW.rubric, NEW.criterion, 1
        FROM attempt WHERE id = NEW.attempt_id
        ON CONFLICT (day, scenario, rubric, criterion) DO UPDATE SET misses = miss_daily.misses + 1;
        INSERT INTO criterion_text (scenario, rubric, criterion, description, tip)
        SELECT scenario, NEW.rubric, NEW.criterion, NEW.description, NEW.tip FROM attempt WHERE id = NEW.attempt_id
        ON CONFLICT (scenario, rubric, criterion) DO UPDATE SET description = excluded.description, tip = excluded.tip
        WHERE criterion_text.description IS DISTINCT FROM excluded.description
          OR criterion_text.tip IS DISTINCT FROM excluded.tip;
        RETURN NEW;
      END $$;
      """
    ),
    (
      "v8: the installation's namespace for xAPI statement ids",
      """
      CREATE TABLE installation (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        namespace TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
      INSERT INTO installation (id, namespace) VALUES (1, gen_random_uuid()::text);
      COMMENT ON TABLE installation IS 'One random UUID per history, made once: xAPI statement ids are name-based UUIDs in it. A copy of a history from a file to this database (when it holds no attempts yet) brings the file''s.';
      """
    ),
  ]

  /// What the server says when a login reviews or approves on its own record.
  static let ownRecordMessage =
    "nobody reviews, overrides, settles or approves a promotion on their own record"

  /// Applies the migrations not yet applied (up to and including `last`, by default all of them), in
  /// one transaction; refuses a database with migrations this build does not know.
  static func migrate(_ session: PostgresSession, upTo last: String? = nil) throws(StoreError) {
    try session.transaction { statements in
      try statements.execute(
        """
        CREATE TABLE IF NOT EXISTS frontline_migration (
          id TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
        """)
      // One migrating process at a time.
      try statements.execute("LOCK TABLE frontline_migration IN EXCLUSIVE MODE", within: Statements.long)
      let applied = Set(
        try statements.rows("SELECT id FROM frontline_migration").map { try $0.get(0, as: String.self) })
      let unknown = applied.subtracting(migrations.map(\.id))
      guard unknown.isEmpty else {
        throw StoreError.newerSchema(path: session.location.description, unknown: unknown.sorted())
      }
      let wanted = last.flatMap { last in migrations.firstIndex { $0.id == last } }.map { $0 + 1 }
      for migration in migrations.prefix(wanted ?? migrations.count) where !applied.contains(migration.id) {
        try statements.script(migration.sql)
        try statements.execute("INSERT INTO frontline_migration (id) VALUES (\(migration.id))")
      }
    }
  }

  /// Checks, without changing anything, that the database has exactly this build's schema.
  static func check(_ session: PostgresSession) throws(StoreError) {
    let applied = try session.transaction { statements in
      guard
        try statements.row("SELECT to_regclass('frontline_migration') IS NOT NULL")?.get(0, as: Bool.self)
          == true
      else { return Set<String>() }
      return Set(
        try statements.rows("SELECT id FROM frontline_migration").map { try $0.get(0, as: String.self) })
    }
    let known = Set(migrations.map(\.id))
    let unknown = applied.subtracting(known)
    guard unknown.isEmpty else {
      throw .newerSchema(path: session.location.description, unknown: unknown.sorted())
    }
    guard applied == known else {
      throw .cannotOpen(
        path: session.location.description,
        reason: applied.isEmpty
          ? "it has no Frontline schema yet; an administrator runs `frontline admin init --database \(session.location)`"
          : "its schema is older than this Frontline; an administrator runs `frontline admin init --database \(session.location)` to bring it up to date"
      )
    }
  }
}
