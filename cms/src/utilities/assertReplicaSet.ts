/**
 * Payload runs without transactions, silently, when MongoDB is not a replica set. RedCloud's
 * workflow depends on them, so the CMS refuses to start instead.
 */
export const assertReplicaSet = (hello: { msg?: string; setName?: string }): void => {
  if (!hello.setName && hello.msg !== 'isdbgrid') {
    throw new Error(
      'MongoDB is not running as a replica set, so Payload would run without transactions. ' +
        'Start mongod with --replSet and run rs.initiate() (docker-compose.yml does both).',
    )
  }
}
