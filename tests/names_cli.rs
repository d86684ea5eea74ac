//! CLI tests of the name commands on the seeds: `variants`, `names --pairs`, and the `spelling-variant` finding
//! of `check`.

use std::process::Command;

fn crosscheck(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run crosscheck");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn json(args: &[&str]) -> serde_json::Value {
    let (code, stdout, stderr) = crosscheck(args);
    assert_eq!(code, 0, "{stderr}");
    serde_json::from_str(&stdout).expect("valid JSON")
}

fn entity<'v>(v: &'v serde_json::Value, canonical: &str) -> &'v serde_json::Value {
    v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["entity"] == canonical)
        .unwrap_or_else(|| panic!("no entity {canonical}"))
}

fn forms(e: &serde_json::Value) -> Vec<String> {
    let mut forms: Vec<String> = e["variants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["form"].as_str().unwrap().to_string())
        .collect();
    forms.sort();
    forms
}

#[test]
fn seeds_lavrov_is_one_person_with_spellings_and_partials() {
    let v = json(&["variants", "seeds", "--format", "json"]);
    assert_eq!(v["schema"], "crosscheck-variants/1");
    let lavrov = entity(&v, "Sergey Lavrov");
    assert_eq!(lavrov["kind"], "person");
    assert_eq!(
        forms(lavrov),
        [
            "Lavrov",
            "Sergei Lavrov",
            "Sergey Lavrov",
            "Siergiej Ławrow"
        ]
    );
    for other in ["Sergey Naryshkin", "Maria Zakharova", "Konstantin Kosachev"] {
        let e = entity(&v, other);
        assert!(!forms(e).iter().any(|f| f.contains("Lavrov")), "{other}");
    }
}

#[test]
fn seeds_every_person_is_extracted_as_a_person() {
    let v = json(&["variants", "seeds", "--format", "json"]);
    let people = [
        "Sergey Lavrov",
        "Maria Zakharova",
        "Konstantin Kosachev",
        "Sergey Naryshkin",
        "John Ratcliffe",
        "Donald Trump",
        "Vladimir Putin",
        "Steve Witkoff",
        "Marco Rubio",
        "Volodymyr Zelensky",
        "Mike Waltz",
        "Yury Ushakov",
        "Kirill Dmitriev",
        "Keir Starmer",
        "Olaf Scholz",
    ];
    for person in people {
        assert_eq!(entity(&v, person)["kind"], "person", "{person}");
    }
}

#[test]
fn seeds_jeddah_and_riyadh_are_two_places_in_saudi_arabia() {
    let v = json(&["variants", "seeds", "--format", "json"]);
    let jeddah = &entity(&v, "Jeddah")["place"];
    let riyadh = &entity(&v, "Riyadh")["place"];
    assert_eq!(jeddah["country"], "SA");
    assert_eq!(riyadh["country"], "SA");
    assert_ne!(jeddah["geonameid"], riyadh["geonameid"]);
}

#[test]
fn seeds_check_gives_exactly_one_spelling_variant_for_lavrov() {
    let (_, stdout, stderr) = crosscheck(&["check", "seeds", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_else(|_| panic!("{stderr}"));
    let spelling: Vec<&serde_json::Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "spelling-variant")
        .collect();
    assert_eq!(spelling.len(), 1, "{spelling:?}");
    let f = spelling[0];
    assert_eq!(f["entity"], "Sergey Lavrov");
    assert_eq!(
        f["values"],
        serde_json::json!(["Sergei Lavrov", "Sergey Lavrov", "Siergiej Ławrow"])
    );
    let evidence: Vec<(String, u64)> = f["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["text"].as_str().unwrap().to_string(),
                e["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        evidence,
        [
            ("Sergey Lavrov".to_string(), 5),
            ("Siergiej Ławrow".to_string(), 7),
            ("Siergiej Ławrow".to_string(), 8),
            ("Sergei Lavrov".to_string(), 7),
        ]
    );
}

#[test]
fn names_pairs_json_is_in_input_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pairs.tsv");
    std::fs::write(
        &path,
        "# comment\nKiev\tKyiv\nJeddah\tRiyadh\tdifferent\n\nJens Müller\tSabine Müller\n",
    )
    .unwrap();
    let v = json(&[
        "names",
        "--pairs",
        path.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let rows = v.as_array().unwrap();
    let got: Vec<(&str, &str, bool)> = rows
        .iter()
        .map(|r| {
            (
                r["a"].as_str().unwrap(),
                r["b"].as_str().unwrap(),
                r["same"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("Kiev", "Kyiv", true),
            ("Jeddah", "Riyadh", false),
            ("Jens Müller", "Sabine Müller", false)
        ]
    );
    assert!(
        rows.iter()
            .all(|r| r["score"].is_number() && r["reason"].is_string())
    );
}

#[test]
fn names_pairs_bad_line_names_the_file_and_line_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.tsv");
    std::fs::write(&path, "Kiev\tKyiv\nonly one name\n").unwrap();
    let (code, stdout, stderr) = crosscheck(&["names", "--pairs", path.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("bad.tsv:2"), "{stderr}");
}

#[test]
fn names_pairs_missing_file_exits_2() {
    let (code, _, stderr) = crosscheck(&["names", "--pairs", "no/such/pairs.tsv"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("no/such/pairs.tsv"), "{stderr}");
}
