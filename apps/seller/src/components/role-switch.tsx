// "As reseller" / "As ISV": which side of the business a list or report shows. The ISV side
// carries the ISV's own amounts only.
export type SellerRole = 'reseller' | 'isv';

export function RoleSwitch({
  role,
  onChange,
  label,
}: {
  role: SellerRole;
  onChange: (role: SellerRole) => void;
  label: string;
}) {
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{label}</legend>
      {(['reseller', 'isv'] as const).map((value) => (
        <label key={value} className={role === value ? 'segment segment-on' : 'segment'}>
          <input
            type="radio"
            name={label}
            value={value}
            checked={role === value}
            onChange={() => onChange(value)}
          />
          {value === 'reseller' ? 'As reseller' : 'As ISV (your own amounts)'}
        </label>
      ))}
    </fieldset>
  );
}
