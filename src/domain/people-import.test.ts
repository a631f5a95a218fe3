import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { autoMapColumns, detectDelimiter, resolveMapping, splitList, validatePersonRow } from './people-import.ts';

describe('detectDelimiter', () => {
  const cases: Array<[string, string]> = [
    ['email,name,dept', ','],
    ['Email;Full Name;Dept', ';'],
    ['Email\tFull Name\tDept', '\t'],
    ['"Name, full";Email;Dept', ';'],
    ['email', ','],
  ];
  for (const [line, expected] of cases) {
    test(`${JSON.stringify(line)} → ${JSON.stringify(expected)}`, () => assert.equal(detectDelimiter(line), expected));
  }
});

describe('autoMapColumns', () => {
  test('matches HR synonyms ignoring case, spaces and underscores', () => {
    const headers = ['Work Email', 'Employee Name', 'Job Title', 'Dept', 'Manager Email', 'TZ', 'Grade', 'Office', 'Languages', 'Notes'];
    assert.deepEqual(autoMapColumns(headers), {
      email: 'Work Email',
      displayName: 'Employee Name',
      jobTitle: 'Job Title',
      department: 'Dept',
      supervisorEmail: 'Manager Email',
      timeZone: 'TZ',
      seniorityLevel: 'Grade',
      location: 'Office',
      languages: 'Languages',
    });
  });

  test('more synonyms and field names', () => {
    assert.deepEqual(autoMapColumns(['E-mail', 'Full_Name', 'position', 'FUNCTION', 'Supervisor Email', 'Time Zone', 'Level', 'City']), {
      email: 'E-mail',
      displayName: 'Full_Name',
      jobTitle: 'position',
      department: 'FUNCTION',
      supervisorEmail: 'Supervisor Email',
      timeZone: 'Time Zone',
      seniorityLevel: 'Level',
      location: 'City',
    });
    assert.deepEqual(autoMapColumns(['email', 'Name', 'Location', 'mentor_capacity']), {
      email: 'email',
      displayName: 'Name',
      location: 'Location',
      mentorCapacity: 'mentor_capacity',
    });
  });
});

describe('resolveMapping', () => {
  test('requires email and displayName and columns that exist', () => {
    const { columns, problems } = resolveMapping({ email: 'Mail', jobTitle: 'Role' }, ['Mail', 'Name']);
    assert.deepEqual(columns, [{ field: 'email', column: 'Mail', index: 0 }]);
    assert.deepEqual(
      problems.map((p) => [p.line, p.column]),
      [
        [1, null],
        [1, 'Role'],
      ],
    );
    assert.match(problems[0]?.message ?? '', /displayName/);
  });
});

describe('splitList', () => {
  test('splits on | ; and , and drops blanks and repeats', () => {
    assert.deepEqual(splitList(' English | French;German,, English '), ['English', 'French', 'German']);
    assert.deepEqual(splitList(''), []);
  });
});

describe('validatePersonRow', () => {
  const headers = ['Email', 'Name', 'TZ', 'Level', 'Capacity', 'Languages', 'Title', 'Skills'];
  const { columns } = resolveMapping(
    {
      email: 'Email',
      displayName: 'Name',
      timeZone: 'TZ',
      seniorityLevel: 'Level',
      mentorCapacity: 'Capacity',
      languages: 'Languages',
      jobTitle: 'Title',
      expertiseOffered: 'Skills',
    },
    headers,
  );

  test('a valid row: email lower-cased, lists split, numbers parsed, an empty optional cell not given', () => {
    const result = validatePersonRow(['Ana@Example.ORG', 'Ana', 'Europe/Lisbon', '7', '3', 'pt|en', '', 'Go; SQL'], columns, 4);
    assert.deepEqual(result, {
      person: {
        line: 4,
        email: 'ana@example.org',
        displayName: 'Ana',
        timeZone: 'Europe/Lisbon',
        seniorityLevel: 7,
        mentorCapacity: 3,
        languages: ['pt', 'en'],
        expertiseOffered: ['Go', 'SQL'],
      },
    });
  });

  const invalid: Array<[string, string[], string, RegExp]> = [
    ['missing email', ['', 'Ana', '', '', '2', '', '', ''], 'Email', /required/],
    ['bad email', ['ana@', 'Ana', '', '', '2', '', '', ''], 'Email', /not a valid email/],
    ['missing name', ['a@b.org', '', '', '', '2', '', '', ''], 'Name', /required/],
    ['unknown time zone', ['a@b.org', 'Ana', 'Mars/Base', '', '2', '', '', ''], 'TZ', /unknown time zone "Mars\/Base"/],
    ['level out of range', ['a@b.org', 'Ana', '', '21', '2', '', '', ''], 'Level', /1 to 20/],
    ['level not a number', ['a@b.org', 'Ana', '', 'senior', '2', '', '', ''], 'Level', /1 to 20/],
    ['capacity out of range', ['a@b.org', 'Ana', '', '', '51', '', '', ''], 'Capacity', /0 to 50/],
  ];
  test('every optional cell empty: only the email and the name are given (issue 22: 20,000 rows with no capacity were errors)', () => {
    const result = validatePersonRow(['a@b.org', 'Ana', '', '', '', '', '', ''], columns, 5);
    assert.deepEqual(result, { person: { line: 5, email: 'a@b.org', displayName: 'Ana' } });
  });

  for (const [name, cells, column, message] of invalid) {
    test(`${name}: an error naming line and column`, () => {
      const result = validatePersonRow(cells, columns, 9);
      assert.ok('errors' in result);
      assert.equal(result.errors.length, 1);
      assert.equal(result.errors[0]?.line, 9);
      assert.equal(result.errors[0]?.column, column);
      assert.match(result.errors[0]?.message ?? '', message);
    });
  }

  test('every problem of a row is listed', () => {
    const result = validatePersonRow(['x', '', 'Nowhere/Land', '0', '99', '', '', ''], columns, 3);
    assert.ok('errors' in result);
    assert.deepEqual(
      result.errors.map((error) => error.column),
      ['Email', 'Name', 'Level', 'TZ', 'Capacity'],
    );
  });
});
