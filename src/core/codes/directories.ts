/** Error codes of the `directories` module. */
export const DIRECTORIES_ERROR_CODES = {
  CHECKLIST_INVALID:
    'A random-inspection checklist (随机抽查事项清单) or one of its items does not have the expected shape; `issues` lists each problem.',
  CHECKLIST_DUPLICATE_ITEM_CODE: 'Two checklist items of the same department share an item code (事项编码).',
  CHECKLIST_ITEM_DEPARTMENT_MISMATCH:
    'A checklist item names a department other than the department whose checklist it is in.',
  CHECKLIST_ITEM_NOT_FOUND:
    'A change or reference names a checklist item code that the checklist does not have.',
  CHECKLIST_CHANGE_INVALID:
    'A checklist revision is malformed: no changes, a missing reason, or several changes to the same item.',
  CHECKLIST_JOINT_INVALID:
    'A joint checklist (部门联合随机抽查事项清单) entry names fewer than two departments, or items of departments it does not name.',
  CHECKLIST_HANDBOOK_INVALID:
    'An industry handbook (一业一册) is malformed or references items that do not exist.',
  WORK_RULES_INVALID:
    'Work rules (抽查工作细则) do not have the expected shape; `issues` lists each problem.',
  DIRECTORY_INVALID:
    'A target (检查对象) or inspector (执法检查人员) entry, or a directory filter, does not have the expected shape; `issues` lists each problem.',
  DIRECTORY_DUPLICATE_IDS:
    'Two entries of one directory (名录库) share an id; entries are never merged silently.',
  DIRECTORY_UNKNOWN_ID: 'A directory change updates or deactivates an id the directory does not have.',
  DIRECTORY_ID_EXISTS: 'A directory change adds an entry whose id the directory already has.',
  DIRECTORY_CHANGE_INVALID:
    'A directory change (add, update, deactivate) is malformed; `issues` lists each problem.',
  IMPORT_OPTIONS_INVALID:
    'The options of an import (header map, schema, id function) are malformed; bad rows never cause this error.',
  IMPORT_ROWS_INVALID:
    'The rows to import are not an array without holes (one entry per row); a bad row itself is reported, not thrown.',
} as const;
