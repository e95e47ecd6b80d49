BEGIN TRANSACTION;
CREATE TABLE aliases (
	spelling TEXT NOT NULL, 
	name TEXT NOT NULL, 
	person_pk INTEGER NOT NULL, 
	PRIMARY KEY (spelling), 
	FOREIGN KEY(person_pk) REFERENCES people (pk)
);
INSERT INTO "aliases" VALUES('p:ann lee','Ann Lee',1);
INSERT INTO "aliases" VALUES('p:omar haddad','Omar Haddad',2);
INSERT INTO "aliases" VALUES('p:a lee','A. Lee',1);
CREATE TABLE blocks (
	block TEXT NOT NULL, 
	spelling TEXT NOT NULL, 
	PRIMARY KEY (block, spelling), 
	FOREIGN KEY(spelling) REFERENCES aliases (spelling)
);
INSERT INTO "blocks" VALUES('b:ann|l','p:ann lee');
INSERT INTO "blocks" VALUES('b:lee|a','p:ann lee');
INSERT INTO "blocks" VALUES('c:annlee','p:ann lee');
INSERT INTO "blocks" VALUES('b:haddad|o','p:omar haddad');
INSERT INTO "blocks" VALUES('b:omar|h','p:omar haddad');
INSERT INTO "blocks" VALUES('c:omarhaddad','p:omar haddad');
INSERT INTO "blocks" VALUES('b:a|l','p:a lee');
INSERT INTO "blocks" VALUES('b:lee|a','p:a lee');
INSERT INTO "blocks" VALUES('c:alee','p:a lee');
CREATE TABLE credits (
	quote_pk INTEGER NOT NULL, 
	mention_pk INTEGER NOT NULL, 
	PRIMARY KEY (quote_pk, mention_pk), 
	FOREIGN KEY(quote_pk) REFERENCES quotes (pk), 
	FOREIGN KEY(mention_pk) REFERENCES mentions (pk)
);
INSERT INTO "credits" VALUES(1,1);
INSERT INTO "credits" VALUES(2,2);
INSERT INTO "credits" VALUES(3,3);
INSERT INTO "credits" VALUES(4,4);
CREATE TABLE decisions (
	pk INTEGER NOT NULL, 
	op VARCHAR(16) NOT NULL, 
	detail TEXT NOT NULL, 
	PRIMARY KEY (pk)
);
INSERT INTO "decisions" VALUES(1,'merge','{"into": 1, "merged": 3, "a": 1, "b": 3}');
CREATE TABLE documents (
	pk INTEGER NOT NULL, 
	id TEXT NOT NULL, 
	outlet TEXT, 
	published DATETIME, 
	url TEXT, 
	title TEXT, 
	text_hash VARCHAR(32) NOT NULL, 
	result_hash VARCHAR(32) NOT NULL, 
	attributions INTEGER NOT NULL, 
	PRIMARY KEY (pk), 
	UNIQUE (id)
);
INSERT INTO "documents" VALUES(1,'v1-a','Valley News','2025-03-01 00:00:00.000000','https://valley.example/bridge','Bridge to open','e8ffa1084c02fcf2d8d0a8645def6d61','7f8ba9789b2e83998dee42ba7dde4b90',2);
INSERT INTO "documents" VALUES(2,'v1-b','Hill Times','2025-03-02 00:00:00.000000',NULL,NULL,'227795cfd32bc0c43956adf5cbc3da0b','8863de117128b19ea86b36588f146755',2);
CREATE TABLE echo_keys (
	quote_pk INTEGER NOT NULL, 
	"key" VARCHAR(64) NOT NULL, 
	FOREIGN KEY(quote_pk) REFERENCES quotes (pk)
);
INSERT INTO "echo_keys" VALUES(1,'00:ddc392252776f10f2e3852237010e505');
INSERT INTO "echo_keys" VALUES(1,'01:cd4d9f02a221a5028d9d5b653772452a');
INSERT INTO "echo_keys" VALUES(1,'02:402f9e30a8a4554c87d2920ba928282a');
INSERT INTO "echo_keys" VALUES(1,'03:46a5136906a42d011108ac155723e911');
INSERT INTO "echo_keys" VALUES(1,'04:50f2f0393f15104b8347be88b861e71a');
INSERT INTO "echo_keys" VALUES(1,'05:1e509e0abef38906360e1b0ab5c0c90b');
INSERT INTO "echo_keys" VALUES(1,'06:2f916e08a211a32da40c750642ea2e51');
INSERT INTO "echo_keys" VALUES(1,'07:1663294f64410221aeaac51884b4d70a');
INSERT INTO "echo_keys" VALUES(1,'08:d37152374100083d22b27a12944bda19');
INSERT INTO "echo_keys" VALUES(1,'09:5a760d117a440045eaecfa699ec9d21f');
INSERT INTO "echo_keys" VALUES(1,'10:b3c3ae258a70100234572e182f5c7700');
INSERT INTO "echo_keys" VALUES(1,'11:17ded2a14fbffa0fc98f67040880cd42');
INSERT INTO "echo_keys" VALUES(1,'12:7659dd3f046dda15e209ed14d2960c28');
INSERT INTO "echo_keys" VALUES(1,'13:21fe3333c3efe805af3a240fe707d30c');
INSERT INTO "echo_keys" VALUES(1,'14:3c78ff36298b27032419d77818c35e10');
INSERT INTO "echo_keys" VALUES(1,'15:3b313302ffbfe776ea3f6d20d0eebf57');
INSERT INTO "echo_keys" VALUES(1,'16:ae2e9d150a33d1063d95700362480205');
INSERT INTO "echo_keys" VALUES(1,'17:1316c70c5fd79501f15e7128b9fcce6a');
INSERT INTO "echo_keys" VALUES(1,'18:42508d1b6b0cfe181f9a815a0c258d14');
INSERT INTO "echo_keys" VALUES(1,'19:1bbef320fc882b2954700d131285a932');
INSERT INTO "echo_keys" VALUES(1,'20:dea9861248afa12556737e03e2a15e0a');
INSERT INTO "echo_keys" VALUES(1,'21:f8b2060f2a69d911d00d320418e8f013');
INSERT INTO "echo_keys" VALUES(1,'22:fcbf2415b5ea0f09a190273249502d2d');
INSERT INTO "echo_keys" VALUES(1,'23:fe1f407d17f6b805695433087473f706');
INSERT INTO "echo_keys" VALUES(1,'24:16ea2224ad59003fe0970c2379797741');
INSERT INTO "echo_keys" VALUES(1,'25:a1627d189428d90aaf737b32097f382b');
INSERT INTO "echo_keys" VALUES(1,'26:c42c871421addb1f6a2d912f78388d48');
INSERT INTO "echo_keys" VALUES(1,'27:860e2b5f5435693b5c3e2e1fb3a4080a');
INSERT INTO "echo_keys" VALUES(1,'28:f8ec4511cd4dd6032236811dd61f181e');
INSERT INTO "echo_keys" VALUES(1,'29:2578a9091d00300e8808ec252b12101b');
INSERT INTO "echo_keys" VALUES(1,'30:83e5e219baaf40019e3ca704f0873d15');
INSERT INTO "echo_keys" VALUES(1,'31:b60f440d386b6f250a582e41ddbf8d2d');
CREATE TABLE mentions (
	pk INTEGER NOT NULL, 
	document_pk INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	"key" TEXT, 
	kind VARCHAR(16) NOT NULL, 
	description TEXT, 
	affiliation TEXT, 
	person_pk INTEGER, 
	PRIMARY KEY (pk), 
	FOREIGN KEY(document_pk) REFERENCES documents (pk), 
	FOREIGN KEY(person_pk) REFERENCES people (pk)
);
INSERT INTO "mentions" VALUES(1,1,'Ann Lee','p:ann lee','person','the city engineer',NULL,1);
INSERT INTO "mentions" VALUES(2,1,'Omar Haddad','p:haddad omar','person',NULL,NULL,2);
INSERT INTO "mentions" VALUES(3,2,'A. Lee','p:a lee','person',NULL,NULL,1);
INSERT INTO "mentions" VALUES(4,2,'Omar Haddad','p:haddad omar','person',NULL,NULL,2);
CREATE TABLE meta (
	"key" VARCHAR(64) NOT NULL, 
	value TEXT NOT NULL, 
	PRIMARY KEY ("key")
);
INSERT INTO "meta" VALUES('schema_version','1');
INSERT INTO "meta" VALUES('echo_key_version','minhash-affine32-blake2b32-seed20260105-k2-b32r4-hex+winnow-k6w3');
CREATE TABLE people (
	pk INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	description TEXT, 
	affiliation TEXT, 
	PRIMARY KEY (pk)
);
INSERT INTO "people" VALUES(1,'Ann Lee','person','the city engineer',NULL);
INSERT INTO "people" VALUES(2,'Omar Haddad','person',NULL,NULL);
CREATE TABLE pins (
	document_id TEXT NOT NULL, 
	"key" TEXT NOT NULL, 
	person_pk INTEGER NOT NULL, 
	PRIMARY KEY (document_id, "key"), 
	FOREIGN KEY(person_pk) REFERENCES people (pk)
);
CREATE TABLE quotes (
	pk INTEGER NOT NULL, 
	document_pk INTEGER NOT NULL, 
	idx INTEGER NOT NULL, 
	kind VARCHAR(8) NOT NULL, 
	content TEXT NOT NULL, 
	quoted TEXT, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	cue TEXT, 
	act VARCHAR(16), 
	detector VARCHAR(64) NOT NULL, 
	source TEXT, 
	source_kind VARCHAR(16), 
	mention_pk INTEGER, 
	carrier TEXT, 
	PRIMARY KEY (pk), 
	FOREIGN KEY(document_pk) REFERENCES documents (pk), 
	FOREIGN KEY(mention_pk) REFERENCES mentions (pk)
);
INSERT INTO "quotes" VALUES(1,1,0,'direct','The new bridge will open in May','The new bridge will open in May',1,32,'said','speech','quotes','Ann Lee','person',1,NULL);
INSERT INTO "quotes" VALUES(2,1,1,'indirect','the council would pay for it',NULL,90,118,'said','speech','reported','Omar Haddad','person',2,NULL);
INSERT INTO "quotes" VALUES(3,2,0,'indirect','the bridge would carry four lanes',NULL,17,50,'said','speech','reported','A. Lee','person',3,NULL);
INSERT INTO "quotes" VALUES(4,2,1,'direct','We are ready','We are ready',53,65,'told','speech','quotes','Omar Haddad','person',4,NULL);
CREATE INDEX ix_people_lower_name ON people (lower(name));
CREATE INDEX ix_aliases_person_pk ON aliases (person_pk);
CREATE INDEX ix_pins_person_pk ON pins (person_pk);
CREATE INDEX ix_mentions_person_pk ON mentions (person_pk);
CREATE INDEX ix_mentions_document_pk ON mentions (document_pk);
CREATE INDEX ix_mentions_lower_name ON mentions (lower(name));
CREATE INDEX ix_quotes_mention_pk ON quotes (mention_pk);
CREATE INDEX ix_quotes_document_pk ON quotes (document_pk);
CREATE INDEX ix_credits_mention_pk ON credits (mention_pk);
CREATE INDEX ix_echo_keys_quote_pk ON echo_keys (quote_pk);
CREATE INDEX ix_echo_keys_key ON echo_keys ("key");
COMMIT;
