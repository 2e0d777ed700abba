import Foundation
import FrontlineHistory
import FrontlineScoring
internal import GRDB

/// The SQLite schema, as migrations. A migration, once released, is never edited: changes come as
/// new migrations, and a database that has migrations this build does not know is refused.
enum SQLiteSchema {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: trainees, attempts, turns, promotions") { db in
      try db.execute(
        sql: """
          CREATE TABLE trainee (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            created_at DATETIME NOT NULL
          );
          CREATE TABLE attempt (
            id INTEGER PRIMARY KEY,
            trainee_id INTEGER NOT NULL REFERENCES trainee(id),
            scenario TEXT NOT NULL,
            scenario_title TEXT NOT NULL,
            kind TEXT NOT NULL,
            difficulty INTEGER NOT NULL,
            language TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            mode TEXT NOT NULL,
            started_at DATETIME NOT NULL,
            host TEXT NOT NULL,
            pid INTEGER NOT NULL,
            closed TEXT CHECK (closed IN ('finished', 'abandoned')),
            finished_at DATETIME,
            outcome TEXT,
            score DOUBLE,
            passed BOOLEAN,
            categories TEXT NOT NULL DEFAULT '{}'
          );
          CREATE INDEX attempt_by_trainee ON attempt(trainee_id, started_at);
          CREATE TABLE turn (
            attempt_id INTEGER NOT NULL REFERENCES attempt(id),
            idx INTEGER NOT NULL,
            step TEXT NOT NULL,
            customer TEXT NOT NULL,
            reply TEXT NOT NULL,
            route TEXT,
            score DOUBLE NOT NULL,
            passed BOOLEAN NOT NULL,
            result TEXT NOT NULL,
            elapsed DOUBLE NOT NULL,
            hints INTEGER NOT NULL,
            recorded_at DATETIME NOT NULL,
            PRIMARY KEY (attempt_id, idx)
          );
          CREATE TABLE promotion (
            id INTEGER PRIMARY KEY,
            trainee_id INTEGER NOT NULL REFERENCES trainee(id),
            level TEXT NOT NULL,
            reviewer TEXT,
            reason TEXT,
            forced BOOLEAN NOT NULL,
            recorded_at DATETIME NOT NULL
          );
          CREATE INDEX promotion_by_trainee ON promotion(trainee_id);

          -- The record a promotion rests on is never silently changed.
          CREATE TRIGGER attempt_closed_is_final BEFORE UPDATE ON attempt WHEN OLD.closed IS NOT NULL
          BEGIN SELECT RAISE(ABORT, 'finished attempts are never changed'); END;
          CREATE TRIGGER attempt_is_kept BEFORE DELETE ON attempt
          BEGIN SELECT RAISE(ABORT, 'attempts are never deleted'); END;
          CREATE TRIGGER turn_is_final BEFORE UPDATE ON turn
          BEGIN SELECT RAISE(ABORT, 'turns are never changed'); END;
          CREATE TRIGGER turn_is_kept BEFORE DELETE ON turn
          BEGIN SELECT RAISE(ABORT, 'turns are never deleted'); END;
          CREATE TRIGGER turn_needs_open_attempt BEFORE INSERT ON turn
          WHEN (SELECT closed FROM attempt WHERE id = NEW.attempt_id) IS NOT NULL
          BEGIN SELECT RAISE(ABORT, 'the attempt is closed'); END;
          CREATE TRIGGER promotion_is_kept BEFORE DELETE ON promotion
          BEGIN SELECT RAISE(ABORT, 'promotions are never deleted'); END;
          CREATE TRIGGER promotion_is_final BEFORE UPDATE ON promotion
          BEGIN SELECT RAISE(ABORT, 'promotions are never changed'); END;
          """)
    }
    migrator.registerMigration("v2: reviews and disputes") { db in
      try db.execute(
        sql: """
          CREATE TABLE dispute (
            id INTEGER PRIMARY KEY,
            attempt_id INTEGER NOT NULL REFERENCES attempt(id),
            reason TEXT NOT NULL,
            recorded_at DATETIME NOT NULL
          );
          CREATE TABLE review (
            id INTEGER PRIMARY KEY,
            attempt_id INTEGER NOT NULL REFERENCES attempt(id),
            reviewer TEXT NOT NULL,
            overrides TEXT NOT NULL DEFAULT '{}',
            reason TEXT,
            note TEXT,
            dispute_id INTEGER REFERENCES dispute(id),
            decision TEXT CHECK (decision IN ('accepted', 'rejected')),
            recorded_at DATETIME NOT NULL
          );
          CREATE INDEX review_by_attempt ON review(attempt_id);
          CREATE INDEX dispute_by_attempt ON dispute(attempt_id);
          CREATE TRIGGER review_is_final BEFORE UPDATE ON review
          BEGIN SELECT RAISE(ABORT, 'reviews are never changed'); END;
          CREATE TRIGGER review_is_kept BEFORE DELETE ON review
          BEGIN SELECT RAISE(ABORT, 'reviews are never deleted'); END;
          CREATE TRIGGER dispute_is_final BEFORE UPDATE ON dispute
          BEGIN SELECT RAISE(ABORT, 'disputes are never changed'); END;
          CREATE TRIGGER dispute_is_kept BEFORE DELETE ON dispute
          BEGIN SELECT RAISE(ABORT, 'disputes are never deleted'); END;
          """)
    }
    migrator.registerMigration("v3: missed criteria per turn") { db in
      try db.execute(
        sql: """
          CREATE TABLE turn_miss (
            attempt_id INTEGER NOT NULL REFERENCES attempt(id),
            idx INTEGER NOT NULL,
            criterion TEXT NOT NULL,
            description TEXT NOT NULL,
            tip TEXT
          );
          CREATE INDEX turn_miss_by_attempt ON turn_miss(attempt_id);
          -- Derived counts per day, so team reports need not read every miss.
          CREATE TABLE miss_daily (
            day TEXT NOT NULL,
            criterion TEXT NOT NULL,
            misses INTEGER NOT NULL,
            PRIMARY KEY (day, criterion)
          ) WITHOUT ROWID;
          CREATE TABLE criterion_text (
            criterion TEXT PRIMARY KEY,
            description TEXT NOT NULL,
            tip TEXT
          ) WITHOUT ROWID;
          """)
      // Earlier turns keep their full results as JSON: the misses are read from there.
      let rows = try Row.fetchCursor(
        db,
        sql:
          "SELECT t.attempt_id, t.idx, t.result, a.started_at FROM turn t JOIN attempt a ON a.id = t.attempt_id"
      )
      while let row = try rows.next() {
        guard let score = try? JSONCoding.decode(ReplyScore.self, row["result"]) else { continue }
        for result in score.criteria where result.applicable && !result.met {
          try countV3Miss(
            attempt: row["attempt_id"], index: row["idx"], criterion: result.id,
            description: result.description, tip: result.tip, day: row["started_at"], in: db)
        }
      }
    }
    migrator.registerMigration("v4: missed criteria with ids, counted by triggers") { db in
      // The misses keep their rowids as ids, so a history copied to a server before keeps its ids.
      // From now on the counts are kept by triggers, as on PostgreSQL, not by the code that writes.
      try db.execute(
        sql: """
          CREATE TABLE turn_miss_v4 (
            id INTEGER PRIMARY KEY,
            attempt_id INTEGER NOT NULL REFERENCES attempt(id),
            idx INTEGER NOT NULL,
            criterion TEXT NOT NULL,
            description TEXT NOT NULL,
            tip TEXT
          );
          INSERT INTO turn_miss_v4 (id, attempt_id, idx, criterion, description, tip)
            SELECT rowid, attempt_id, idx, criterion, description, tip FROM turn_miss ORDER BY rowid;
          DROP TABLE turn_miss;
          ALTER TABLE turn_miss_v4 RENAME TO turn_miss;
          CREATE INDEX turn_miss_by_attempt ON turn_miss(attempt_id);
          CREATE TRIGGER turn_miss_is_counted AFTER INSERT ON turn_miss
          BEGIN
            INSERT INTO miss_daily (day, criterion, misses)
              SELECT date(started_at), NEW.criterion, 1 FROM attempt WHERE id = NEW.attempt_id
              ON CONFLICT (day, criterion) DO UPDATE SET misses = misses + 1;
            INSERT INTO criterion_text (criterion, description, tip) VALUES (NEW.criterion, NEW.description, NEW.tip)
              ON CONFLICT (criterion) DO UPDATE SET description = excluded.description, tip = excluded.tip
              WHERE description != excluded.description OR tip IS NOT excluded.tip;
          END;
          CREATE TRIGGER turn_miss_is_final BEFORE UPDATE ON turn_miss
          BEGIN SELECT RAISE(ABORT, 'missed criteria are never changed'); END;
          CREATE TRIGGER turn_miss_is_kept BEFORE DELETE ON turn_miss
          BEGIN SELECT RAISE(ABORT, 'missed criteria are never changed'); END;
          """)
    }
    migrator.registerMigration(
      "v5: knowledge lookups per turn, process tokens; team leaders, who alone review"
    ) { db in
      // On a shared file, the leads recorded here are the only ones who may review, settle disputes or
      // approve promotions, and nobody may do so on their own record. PostgreSQL enforces the same with
      // roles; here it is a rule among colleagues who trust each other with the file.
      try db.execute(
        sql: """
          ALTER TABLE turn ADD COLUMN lookups TEXT NOT NULL DEFAULT '[]';
          -- Boot id, pid and start time of the process that started the attempt.
          ALTER TABLE attempt ADD COLUMN process TEXT;
          CREATE TABLE lead (
            name TEXT PRIMARY KEY,
            added_at DATETIME NOT NULL
          );
          -- Whoever already reviewed or approved in this file keeps doing so.
          INSERT INTO lead (name, added_at)
            SELECT reviewer, MIN(recorded_at) FROM (
              SELECT reviewer, recorded_at FROM review
              UNION ALL SELECT reviewer, recorded_at FROM promotion WHERE reviewer IS NOT NULL)
            GROUP BY reviewer;
          CREATE TRIGGER review_by_a_lead BEFORE INSERT ON review
          WHEN NEW.reviewer NOT IN (SELECT name FROM lead)
          BEGIN SELECT RAISE(ABORT, '\(SQLiteRefusal.notALead)'); END;
          CREATE TRIGGER review_not_of_own BEFORE INSERT ON review
          WHEN NEW.reviewer = (
            SELECT t.name FROM attempt a JOIN trainee t ON t.id = a.trainee_id WHERE a.id = NEW.attempt_id)
          BEGIN SELECT RAISE(ABORT, '\(SQLiteRefusal.ownRecord)'); END;
          CREATE TRIGGER promotion_approved_by_a_lead BEFORE INSERT ON promotion
          WHEN (NEW.reviewer IS NOT NULL AND NEW.reviewer NOT IN (SELECT name FROM lead))
            OR (NEW.forced AND NEW.reviewer IS NULL)
          BEGIN SELECT RAISE(ABORT, '\(SQLiteRefusal.notALead)'); END;
          CREATE TRIGGER promotion_not_of_own BEFORE INSERT ON promotion
          WHEN NEW.reviewer = (SELECT name FROM trainee WHERE id = NEW.trainee_id)
          BEGIN SELECT RAISE(ABORT, '\(SQLiteRefusal.ownRecord)'); END;
          """)
    }
    migrator.registerMigration("v6: the version of the scenario each attempt practised") { db in
      // 'main' for the scenario as written, else the id of one of its variants.
      try db.execute(sql: "ALTER TABLE attempt ADD COLUMN variant TEXT NOT NULL DEFAULT 'main'")
    }
    migrator.registerMigration("v7: missed criteria by rubric and scenario") { db in
      // Criteria of different rubrics share ids ('uses-name' is in most), so a miss records the rubric
      // too, and the counts and texts are kept per scenario, rubric and criterion. Misses recorded
      // before keep rubric '' and are told apart by their scenario. Both derived tables are rebuilt
      // from the misses, each text from the latest miss of its criterion.
      try db.execute(
        sql: """
          ALTER TABLE turn_miss ADD COLUMN rubric TEXT NOT NULL DEFAULT '';
          DROP TRIGGER turn_miss_is_counted;
          DROP TABLE miss_daily;
          DROP TABLE criterion_text;
          CREATE TABLE miss_daily (
            day TEXT NOT NULL,
            scenario TEXT NOT NULL,
            rubric TEXT NOT NULL,
            criterion TEXT NOT NULL,
            misses INTEGER NOT NULL,
            PRIMARY KEY (day, scenario, rubric, criterion)
          ) WITHOUT ROWID;
          CREATE TABLE criterion_text (
            scenario TEXT NOT NULL,
            rubric TEXT NOT NULL,
            criterion TEXT NOT NULL,
            description TEXT NOT NULL,
            tip TEXT,
            PRIMARY KEY (scenario, rubric, criterion)
          ) WITHOUT ROWID;
          INSERT INTO miss_daily (day, scenario, rubric, criterion, misses)
            SELECT date(a.started_at), a.scenario, m.rubric, m.criterion, COUNT(*)
            FROM turn_miss m JOIN attempt a ON a.id = m.attempt_id
            GROUP BY date(a.started_at), a.scenario, m.rubric, m.criterion;
          -- With MAX(), SQLite takes the other columns from the row holding the maximum: the latest miss.
          INSERT INTO criterion_text (scenario, rubric, criterion, description, tip)
            SELECT scenario, rubric, criterion, description, tip FROM (
              SELECT a.scenario AS scenario, m.rubric AS rubric, m.criterion AS criterion,
                m.description AS description, m.tip AS tip, MAX(m.id)
              FROM turn_miss m JOIN attempt a ON a.id = m.attempt_id
              GROUP BY a.scenario, m.rubric, m.criterion);
          CREATE TRIGGER turn_miss_is_counted AFTER INSERT ON turn_miss
          BEGIN
            INSERT INTO miss_daily (day, scenario, rubric, criterion, misses)
              SELECT date(started_at), scenario, NEW.rubric, NEW.criterion, 1 FROM attempt WHERE id = NEW.attempt_id
              ON CONFLICT (day, scenario, rubric, criterion) DO UPDATE SET misses = misses + 1;
            INSERT INTO criterion_text (scenario, rubric, criterion, description, tip)
              SELECT scenario, NEW.rubric, NEW.criterion, NEW.description, NEW.tip FROM attempt WHERE id = NEW.attempt_id
              ON CONFLICT (scenario, rubric, criterion) DO UPDATE SET description = excluded.description, tip = excluded.tip
              WHERE description != excluded.description OR tip IS NOT excluded.tip;
          END;
          """)
    }
    migrator.registerMigration("v8: the installation's namespace for xAPI statement ids") { db in
      // One random UUID per history, made once: statement ids are name-based UUIDs in it, so that
      // two installations posting to one learning record store never give a statement the same id.
      try db.execute(
        sql: """
          CREATE TABLE installation (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            namespace TEXT NOT NULL,
            created_at DATETIME NOT NULL
          );
          CREATE TRIGGER installation_is_final BEFORE UPDATE ON installation
          BEGIN SELECT RAISE(ABORT, 'the installation namespace is never changed'); END;
          CREATE TRIGGER installation_is_kept BEFORE DELETE ON installation
          BEGIN SELECT RAISE(ABORT, 'the installation namespace is never changed'); END;
          """)
      try db.execute(
        sql: "INSERT INTO installation (id, namespace, created_at) VALUES (1, ?, ?)",
        arguments: [UUID().uuidString.lowercased(), Date()])
    }
    return migrator
  }

  /// How v3 recorded a miss, before triggers kept the counts: the row, and its counts by hand.
  /// Kept as it was, since released migrations are never edited.
  private static func countV3Miss(
    attempt: Int64, index: Int, criterion: String, description: String, tip: String?, day: Date,
    in db: Database
  ) throws {
    try db.execute(
      sql: "INSERT INTO turn_miss (attempt_id, idx, criterion, description, tip) VALUES (?, ?, ?, ?, ?)",
      arguments: [attempt, index, criterion, description, tip])
    try db.execute(
      sql: """
        INSERT INTO miss_daily (day, criterion, misses) VALUES (date(?), ?, 1)
        ON CONFLICT (day, criterion) DO UPDATE SET misses = misses + 1
        """, arguments: [day, criterion])
    try db.execute(
      sql: """
        INSERT INTO criterion_text (criterion, description, tip) VALUES (?, ?, ?)
        ON CONFLICT (criterion) DO UPDATE SET description = excluded.description, tip = excluded.tip
        WHERE description != excluded.description OR tip IS NOT excluded.tip
        """, arguments: [criterion, description, tip])
  }
}
