-- fleetctl archive, version 1: what the fleet's topics carried, kept past their retention.
-- Times are timestamptz; every reading keeps the Kafka partition and offset it came from.

CREATE TABLE robots (
    robot_id    text PRIMARY KEY,
    zone        text NOT NULL,
    first_seen  timestamptz NOT NULL,
    last_seen   timestamptz NOT NULL
);

CREATE TABLE control_readings (
    robot_id         text NOT NULL,
    ts               timestamptz NOT NULL,
    seq              bigint NOT NULL,
    zone             text NOT NULL,
    x                double precision NOT NULL,
    y                double precision NOT NULL,
    heading_deg      double precision NOT NULL,
    velocity_mps     double precision NOT NULL,
    battery_pct      double precision NOT NULL,
    status           text NOT NULL,
    kafka_partition  integer NOT NULL,
    kafka_offset     bigint NOT NULL
);
CREATE INDEX control_readings_robot_ts ON control_readings (robot_id, ts);
CREATE INDEX control_readings_ts ON control_readings USING brin (ts);

CREATE TABLE safety_readings (
    robot_id             text NOT NULL,
    ts                   timestamptz NOT NULL,
    seq                  bigint NOT NULL,
    zone                 text NOT NULL,
    temperature_c        double precision NOT NULL,
    vibration_mm_s       double precision NOT NULL,
    energy_draw_w        double precision NOT NULL,
    radiation_usv_h      double precision NOT NULL,
    obstacle_distance_m  double precision NOT NULL,
    tilt_deg             double precision NOT NULL,
    status               text,
    kafka_partition      integer NOT NULL,
    kafka_offset         bigint NOT NULL
);
CREATE INDEX safety_readings_robot_ts ON safety_readings (robot_id, ts);
CREATE INDEX safety_readings_ts ON safety_readings USING brin (ts);

-- `--downsample`: one row per robot and interval instead of every reading, folded across
-- batches by upsert (sums, so that averages stay exact: avg = sum / readings).
CREATE TABLE control_aggregates (
    robot_id      text NOT NULL,
    bucket_start  timestamptz NOT NULL,
    bucket_secs   integer NOT NULL,
    readings      bigint NOT NULL,
    last_ts       timestamptz NOT NULL,
    last_x        double precision NOT NULL,
    last_y        double precision NOT NULL,
    last_status   text NOT NULL,
    velocity_sum  double precision NOT NULL,
    velocity_max  double precision NOT NULL,
    battery_min   double precision NOT NULL,
    battery_max   double precision NOT NULL,
    PRIMARY KEY (robot_id, bucket_secs, bucket_start)
);
CREATE INDEX control_aggregates_bucket ON control_aggregates (bucket_start);

CREATE TABLE safety_aggregates (
    robot_id         text NOT NULL,
    bucket_start     timestamptz NOT NULL,
    bucket_secs      integer NOT NULL,
    readings         bigint NOT NULL,
    last_ts          timestamptz NOT NULL,
    temperature_sum  double precision NOT NULL,
    temperature_max  double precision NOT NULL,
    vibration_max    double precision NOT NULL,
    energy_sum       double precision NOT NULL,
    radiation_max    double precision NOT NULL,
    obstacle_min     double precision NOT NULL,
    tilt_max         double precision NOT NULL,
    PRIMARY KEY (robot_id, bucket_secs, bucket_start)
);
CREATE INDEX safety_aggregates_bucket ON safety_aggregates (bucket_start);

CREATE TABLE anomalies (
    anomaly_id       text PRIMARY KEY,
    event_id         text NOT NULL,
    vehicle_id       text NOT NULL,
    event_time       timestamptz NOT NULL,
    processing_time  timestamptz NOT NULL,
    anomaly_type     text NOT NULL,
    severity         text NOT NULL,
    triggered_rule   text NOT NULL,
    features         jsonb NOT NULL,
    thresholds       jsonb NOT NULL,
    evidence         jsonb NOT NULL
);
CREATE INDEX anomalies_vehicle_time ON anomalies (vehicle_id, event_time);
CREATE INDEX anomalies_time ON anomalies (event_time);

-- One row per alert with its current status (the latest record of operator_alerts).
CREATE TABLE alerts (
    alert_id              text PRIMARY KEY,
    anomaly_id            text NOT NULL,
    vehicle_id            text NOT NULL,
    event_time            timestamptz NOT NULL,
    status                text NOT NULL,
    severity              text NOT NULL,
    anomaly_type          text NOT NULL,
    assigned_operator_id  text,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL
);
CREATE INDEX alerts_status ON alerts (status);
CREATE INDEX alerts_created ON alerts (created_at);

-- Every action an operator took (operator_actions).
CREATE TABLE alert_actions (
    action_id    text PRIMARY KEY,
    alert_id     text NOT NULL,
    vehicle_id   text NOT NULL,
    operator_id  text NOT NULL,
    action_type  text NOT NULL,
    at           timestamptz NOT NULL,
    comment      text
);
CREATE INDEX alert_actions_alert ON alert_actions (alert_id, at);
CREATE INDEX alert_actions_at ON alert_actions (at);

-- Outcomes of commands, and robots' acknowledgements of halts and resumes.
CREATE TABLE command_completions (
    command_id    uuid NOT NULL,
    robot_id      text NOT NULL,
    status        text NOT NULL,
    action        text NOT NULL,
    params        jsonb NOT NULL,
    reason        text,
    dry_run       boolean NOT NULL,
    issuer        text,
    issued_at     timestamptz,
    completed_at  timestamptz NOT NULL,
    completed_by  text NOT NULL,
    PRIMARY KEY (command_id, robot_id, status)
);
CREATE INDEX command_completions_robot ON command_completions (robot_id, completed_at);
CREATE INDEX command_completions_at ON command_completions (completed_at);

-- Halts and resumes as issued (robot-emergency-halt), read without verifying the signature:
-- the archive records what was sent; robots verify before they obey.
CREATE TABLE halts (
    command_id  uuid PRIMARY KEY,
    action      text NOT NULL,
    target      text NOT NULL,
    zone        text,
    reason      text,
    issuer      text NOT NULL,
    key_id      text NOT NULL,
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL
);
CREATE INDEX halts_issued ON halts (issued_at);

CREATE VIEW halt_acks AS
    SELECT h.command_id, h.action, h.target, h.issued_at, c.robot_id, c.completed_at,
           c.completed_at - h.issued_at AS latency
    FROM halts h JOIN command_completions c USING (command_id)
    WHERE c.status IN ('HALT_ACK', 'RESUME_ACK');

-- Dead letters (robot-commands-dlq), bytes as they were, the why from the headers.
CREATE TABLE dead_letters (
    kafka_partition     integer NOT NULL,
    kafka_offset        bigint NOT NULL,
    key                 text,
    payload             bytea,
    original_topic      text,
    original_partition  integer,
    original_offset     bigint,
    stage               text,
    error_class         text,
    error_message       text,
    consumer_group      text,
    attempts            integer,
    dead_lettered_at    timestamptz NOT NULL,
    PRIMARY KEY (kafka_partition, kafka_offset)
);
CREATE INDEX dead_letters_at ON dead_letters (dead_lettered_at);
CREATE INDEX dead_letters_class ON dead_letters (error_class);

-- The exactly-once part: the next offset to archive per partition, written in the same
-- transaction as the rows read below it.
CREATE TABLE archive_offsets (
    topic        text NOT NULL,
    partition    integer NOT NULL,
    next_offset  bigint NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (topic, partition)
);
