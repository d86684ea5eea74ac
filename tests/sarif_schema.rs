//! The SARIF output validates against the official SARIF 2.1.0 JSON schema.
//!
//! `tests/data/sarif-2.1.0-rtm.5.json` is the OASIS SARIF 2.1.0 schema (the rtm.5 text, the final revision)
//! as shipped in the npm package `@microsoft/jest-sarif` 1.0.0-beta.0 (MIT licence, © Microsoft Corporation);
//! see `tests/data/README.md`. It is a draft-04 schema; `boon` validates it, format assertions included.

mod common;

use serde_json::Value;

fn validator() -> (boon::Schemas, boon::SchemaIndex) {
    let text =
        std::fs::read_to_string(common::root().join("tests/data/sarif-2.1.0-rtm.5.json")).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    let location = schema["id"].as_str().unwrap().to_string();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.add_resource(&location, schema).unwrap();
    let index = compiler.compile(&location, &mut schemas).unwrap();
    (schemas, index)
}

fn sarif(extra: &[&str]) -> Value {
    let args = [
        &[
            "check",
            "fixtures/ci/corpus",
            "fixtures/ci/new",
            "--no-config",
            "--format",
            "sarif",
        ][..],
        extra,
    ]
    .concat();
    let run = common::run_in(&common::root(), &args);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("SARIF is JSON")
}

#[test]
fn sarif_output_validates_against_the_schema() {
    let (schemas, index) = validator();
    for log in [
        sarif(&[]),
        sarif(&["--baseline", "fixtures/ci/baseline.json"]),
    ] {
        if let Err(err) = schemas.validate(&log, index) {
            panic!("SARIF does not validate: {err:#}");
        }
        let results = log["runs"][0]["results"].as_array().unwrap();
        assert!(
            !results.is_empty(),
            "the fixture has findings, so validation covers results"
        );
    }
}

#[test]
fn sarif_of_a_full_report_validates() {
    // Multi-document evidence, a suggestion, an entity, known and new findings, a path with a space.
    let (schemas, index) = validator();
    let text = crosscheck::report::render(
        &common::sample_report(),
        crosscheck::report::Format::Sarif,
        &crosscheck::report::RenderOptions::default(),
    );
    let log: Value = serde_json::from_str(&text).unwrap();
    if let Err(err) = schemas.validate(&log, index) {
        panic!("SARIF does not validate: {err:#}");
    }
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 3);
    let uris: Vec<&str> = results
        .iter()
        .flat_map(|r| r["locations"].as_array().unwrap())
        .map(|l| {
            l["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
        })
        .collect();
    assert!(uris.contains(&"news/c%20d.txt"), "{uris:?}");
}

#[test]
fn the_validator_rejects_broken_sarif() {
    // Guards the test above: a validator that accepts anything would make it pass vacuously.
    let (schemas, index) = validator();
    let mut log = sarif(&[]);
    log["runs"][0]["results"][0]["level"] = Value::from("fatal");
    assert!(schemas.validate(&log, index).is_err());
    let mut log = sarif(&[]);
    log.as_object_mut().unwrap().remove("version");
    assert!(schemas.validate(&log, index).is_err());
    let mut log = sarif(&[]);
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        Value::from(0);
    assert!(schemas.validate(&log, index).is_err());
}

#[test]
fn sarif_has_a_rule_per_kind_and_fingerprints_from_stable_ids() {
    let log = sarif(&["--baseline", "fixtures/ci/baseline.json"]);
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), crosscheck::Kind::ALL.len());
    for (rule, kind) in rules.iter().zip(crosscheck::Kind::ALL) {
        assert_eq!(rule["id"], kind.name());
        assert!(!rule["help"]["text"].as_str().unwrap().is_empty());
    }
    let json: Value = serde_json::from_str(
        &common::run_in(
            &common::root(),
            &[
                "check",
                "fixtures/ci/corpus",
                "fixtures/ci/new",
                "--no-config",
                "--format",
                "json",
            ],
        )
        .stdout,
    )
    .unwrap();
    for (result, finding) in run["results"]
        .as_array()
        .unwrap()
        .iter()
        .zip(json["findings"].as_array().unwrap())
    {
        assert_eq!(
            result["partialFingerprints"]["crosscheckId/v1"],
            finding["id"]
        );
        assert_eq!(
            rules[result["ruleIndex"].as_u64().unwrap() as usize]["id"],
            result["ruleId"]
        );
        let region = &result["locations"][0]["physicalLocation"]["region"];
        let evidence = &finding["evidence"][0];
        assert_eq!(region["startLine"], evidence["line"]);
        assert_eq!(region["startColumn"], evidence["column"]);
        assert_eq!(region["snippet"]["text"], evidence["text"]);
        assert!(matches!(
            result["baselineState"].as_str(),
            Some("new" | "unchanged")
        ));
    }
}
