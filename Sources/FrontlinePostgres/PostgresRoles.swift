import FrontlineHistory
import PostgresNIO

/// The two roles the server enforces. Trainees record their own attempts, turns and disputes and
/// read their own history; team leaders read everything and record reviews, overrides and
/// promotions. Nobody may update or delete a finished attempt: no role holds DELETE, UPDATE reaches
/// only unfinished attempts of one's own, and triggers refuse the rest even to the owner.
public enum PostgresRole: String, Sendable, CaseIterable {
  case trainee
  case lead

  /// The group role on the server.
  public var groupName: String { "frontline_\(rawValue)" }

  /// The privileges and row-level policies; safe to apply again.
  static let policies: String = """
    -- Roles belong to the whole server: another database's init may create them at the same moment.
    DO $$ BEGIN CREATE ROLE frontline_trainee NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
    DO $$ BEGIN CREATE ROLE frontline_lead NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
    REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    GRANT USAGE ON SCHEMA public TO frontline_trainee, frontline_lead;
    GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO frontline_trainee, frontline_lead;
    GRANT SELECT ON frontline_migration, miss_daily, criterion_text, installation TO frontline_trainee, frontline_lead;
    GRANT SELECT, INSERT ON trainee, turn, turn_miss, promotion, dispute TO frontline_trainee, frontline_lead;
    GRANT SELECT, INSERT, UPDATE (closed, finished_at, outcome, score, passed, categories) ON attempt
      TO frontline_trainee, frontline_lead;
    GRANT SELECT ON review TO frontline_trainee;
    GRANT SELECT, INSERT ON review TO frontline_lead;

    ALTER TABLE trainee ENABLE ROW LEVEL SECURITY;
    ALTER TABLE attempt ENABLE ROW LEVEL SECURITY;
    ALTER TABLE turn ENABLE ROW LEVEL SECURITY;
    ALTER TABLE turn_miss ENABLE ROW LEVEL SECURITY;
    ALTER TABLE promotion ENABLE ROW LEVEL SECURITY;
    ALTER TABLE dispute ENABLE ROW LEVEL SECURITY;
    ALTER TABLE review ENABLE ROW LEVEL SECURITY;

    CREATE OR REPLACE FUNCTION frontline_own_attempts() RETURNS SETOF BIGINT LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public AS $$
      SELECT a.id FROM attempt a JOIN trainee t ON t.id = a.trainee_id WHERE t.name = session_user
    $$;

    DROP POLICY IF EXISTS own ON trainee;
    CREATE POLICY own ON trainee TO frontline_trainee, frontline_lead
      USING (name = session_user) WITH CHECK (name = session_user);
    DROP POLICY IF EXISTS lead ON trainee;
    CREATE POLICY lead ON trainee TO frontline_lead USING (true) WITH CHECK (true);

    DROP POLICY IF EXISTS own ON attempt;
    CREATE POLICY own ON attempt TO frontline_trainee, frontline_lead
      USING (trainee_id IN (SELECT id FROM trainee WHERE name = session_user))
      WITH CHECK (trainee_id IN (SELECT id FROM trainee WHERE name = session_user));
    DROP POLICY IF EXISTS lead_reads ON attempt;
    CREATE POLICY lead_reads ON attempt FOR SELECT TO frontline_lead USING (true);

    \(attemptPolicies(on: ["turn", "turn_miss", "dispute"]))

    DROP POLICY IF EXISTS own_reads ON review;
    CREATE POLICY own_reads ON review FOR SELECT TO frontline_trainee USING (attempt_id IN (SELECT frontline_own_attempts()));
    DROP POLICY IF EXISTS lead ON review;
    CREATE POLICY lead ON review TO frontline_lead USING (true) WITH CHECK (reviewer = session_user);

    -- Trainees record the levels they reach on their own; approvals and forced promotions are a
    -- team leader's, in the team leader's name.
    DROP POLICY IF EXISTS own ON promotion;
    CREATE POLICY own ON promotion TO frontline_trainee
      USING (trainee_id IN (SELECT id FROM trainee WHERE name = session_user))
      WITH CHECK (trainee_id IN (SELECT id FROM trainee WHERE name = session_user) AND reviewer IS NULL AND NOT forced);
    DROP POLICY IF EXISTS lead ON promotion;
    CREATE POLICY lead ON promotion TO frontline_lead USING (true)
      WITH CHECK (reviewer IS NULL OR reviewer = session_user);
    """

  /// Rows that belong to an attempt: each login reaches those of its own attempts; leads read all.
  static func attemptPolicies(on tables: [String]) -> String {
    tables.map { table in
      """
      DROP POLICY IF EXISTS own ON \(table);
      CREATE POLICY own ON \(table) TO frontline_trainee, frontline_lead
        USING (attempt_id IN (SELECT frontline_own_attempts()))
        WITH CHECK (attempt_id IN (SELECT frontline_own_attempts()));
      DROP POLICY IF EXISTS lead_reads ON \(table);
      CREATE POLICY lead_reads ON \(table) FOR SELECT TO frontline_lead USING (true);
      """
    }.joined(separator: "\n")
  }

  /// Creates a login in this role, or gives an existing login this role and a new password.
  func addLogin(_ name: String, password: String?, on session: PostgresSession) throws(StoreError) {
    let role = Self.identifier(name)
    let secret = password.map { " PASSWORD \(Self.literal($0))" } ?? ""
    try session.transaction { statements in
      let exists =
        try statements.row("SELECT 1 FROM pg_roles WHERE rolname = \(name)") != nil
      try statements.execute(
        PostgresQuery(unsafeSQL: (exists ? "ALTER ROLE \(role) LOGIN" : "CREATE ROLE \(role) LOGIN") + secret)
      )
      for other in Self.allCases where other != self {
        try statements.execute(PostgresQuery(unsafeSQL: "REVOKE \(other.groupName) FROM \(role)"))
      }
      try statements.execute(PostgresQuery(unsafeSQL: "GRANT \(groupName) TO \(role)"))
    }
  }

  /// A quoted SQL identifier.
  static func identifier(_ name: String) -> String {
    "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// A quoted SQL string literal (for statements that take no parameters, such as CREATE ROLE).
  static func literal(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
  }
}
